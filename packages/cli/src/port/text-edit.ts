/**
 * Line insertions: the only edit `port` makes to an existing file. Applying them can add lines
 * but never remove or change one, and a unified diff of them needs no diff algorithm.
 */

export interface Insertion {
  /** Insert after this 1-based line (0 = at the top). */
  readonly afterLine: number;
  readonly lines: readonly string[];
  /** Orders insertions at the same line (lower first). */
  readonly priority: number;
}

/** Lines of a text (no trailing empty line for a final newline). */
export function splitLines(text: string): string[] {
  if (text === "") return [];
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

function sorted(insertions: readonly Insertion[]): Insertion[] {
  return insertions
    .map((ins, i) => ({ ins, i }))
    .sort((a, b) => a.ins.afterLine - b.ins.afterLine || a.ins.priority - b.ins.priority || a.i - b.i)
    .map((x) => x.ins);
}

/** Applies insertions; the result always ends with a newline (when not empty). */
export function applyInsertions(text: string, insertions: readonly Insertion[]): string {
  const lines = splitLines(text);
  const out: string[] = [];
  const ins = sorted(insertions);
  let k = 0;
  for (let line = 0; line <= lines.length; line++) {
    if (line > 0) out.push(lines[line - 1]!);
    while (k < ins.length && ins[k]!.afterLine === line) out.push(...ins[k++]!.lines);
  }
  while (k < ins.length) out.push(...ins[k++]!.lines);
  return out.length === 0 ? "" : out.join("\n") + "\n";
}

/** 1-based line numbers, in the result of `applyInsertions`, of the inserted lines. */
export function insertedLineNumbers(insertions: readonly Insertion[]): Set<number> {
  const out = new Set<number>();
  let shift = 0;
  for (const ins of sorted(insertions)) {
    for (let k = 0; k < ins.lines.length; k++) out.add(ins.afterLine + shift + k + 1);
    shift += ins.lines.length;
  }
  return out;
}

/** A unified diff (3 lines of context) of `text` before and after `insertions`. */
export function unifiedDiff(
  text: string,
  insertions: readonly Insertion[],
  oldLabel: string,
  newLabel: string,
  context = 3,
): string {
  const lines = splitLines(text);
  // Merge insertions at the same line, then group into hunks.
  const points: { after: number; lines: string[] }[] = [];
  for (const ins of sorted(insertions)) {
    if (ins.lines.length === 0) continue;
    const last = points[points.length - 1];
    if (last && last.after === ins.afterLine) last.lines.push(...ins.lines);
    else points.push({ after: ins.afterLine, lines: [...ins.lines] });
  }
  if (points.length === 0) return "";
  const hunks: { points: typeof points; from: number; to: number }[] = [];
  for (const p of points) {
    const from = Math.max(1, p.after - context + 1);
    const to = Math.min(lines.length, p.after + context);
    const h = hunks[hunks.length - 1];
    if (h && from <= h.to + 1) {
      h.points.push(p);
      h.to = Math.max(h.to, to);
    } else hunks.push({ points: [p], from, to });
  }
  const out: string[] = [`--- ${oldLabel}`, `+++ ${newLabel}`];
  let added = 0;
  for (const h of hunks) {
    const body: string[] = [];
    let newCount = 0;
    const oldCount = h.to >= h.from ? h.to - h.from + 1 : 0;
    const emitInsertionsAfter = (line: number): void => {
      for (const p of h.points) {
        if (p.after !== line) continue;
        for (const l of p.lines) body.push(`+${l}`);
        newCount += p.lines.length;
      }
    };
    const startNew = h.from + added;
    emitInsertionsAfter(h.from - 1);
    for (let line = h.from; line <= h.to; line++) {
      body.push(` ${lines[line - 1]}`);
      newCount++;
      emitInsertionsAfter(line);
    }
    const oldStart = oldCount === 0 ? h.from - 1 : h.from;
    const newStart = newCount === 0 ? startNew - 1 : startNew;
    out.push(`@@ -${oldStart},${oldCount} +${newStart},${newCount} @@`);
    out.push(...body);
    added += newCount - oldCount;
  }
  return out.join("\n") + "\n";
}
