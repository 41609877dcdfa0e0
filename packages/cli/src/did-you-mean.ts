/** "Did you mean": the known names closest to a misspelt one. */

/** Edit distance (insertions, deletions, substitutions). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * Up to three candidate names, closest first, any of whose spellings is within a third of the
 * word's length (at least 2 edits) of the lower-cased word.
 */
export function suggest(
  word: string,
  candidates: readonly { readonly name: string; readonly spellings: readonly string[] }[],
): string[] {
  const wanted = word.toLowerCase();
  const limit = Math.max(2, Math.floor(wanted.length / 3));
  return candidates
    .map((c) => ({ name: c.name, d: Math.min(...c.spellings.map((s) => distance(wanted, s.toLowerCase()))) }))
    .filter((c) => c.d <= limit)
    .sort((a, b) => a.d - b.d || a.name.localeCompare(b.name))
    .slice(0, 3)
    .map((c) => c.name);
}

/** `; did you mean 'a' or 'b'?`, or nothing. */
export function didYouMean(names: readonly string[]): string {
  return names.length > 0 ? `; did you mean ${names.map((s) => `'${s}'`).join(" or ")}?` : "";
}
