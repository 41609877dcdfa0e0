/**
 * Which operations a winterbaume `src/handlers.rs` implements, read with tree-sitter-rust.
 *
 * Evidence, per operation name (matched snake/Pascal insensitively against the model):
 * - string literals in match-arm patterns (`"CreateCluster" => ...`, `"TrentService.CreateKey"`),
 * - `handle_<op>(` calls, `serialize_<op>_response(` / `deserialize_<op>_request(` calls,
 * - `// METHOD /path - Op` (or `=> Op`) comments directly above an arm,
 * - REST arms `("POST", ["tags", arn])` and `// METHOD /path` comments, matched against the
 *   operation's Smithy `@http` binding.
 * Not evidence: arms (or fns) answering 501 / `NotImplemented…`, anything under a
 * `// STUB[...]` comment, calls to such fns, and `(not implemented)` route comments.
 */
import type { Node } from "web-tree-sitter";
import {
  children,
  commentBody,
  isComment,
  lineOf,
  namedChildren,
  nextNonComment,
  opKey,
  stringValue,
  walk,
  withRustTree,
} from "./tree.js";

export type EvidenceKind =
  "arm-literal" | "handle-call" | "serialize-call" | "deserialize-call" | "route-comment" | "route-arm";

export interface HandlerEvidence {
  readonly kind: EvidenceKind;
  /** The name as found (`CreateCluster`, `create_cluster`), or null for route evidence. */
  readonly name: string | null;
  /** For route evidence: HTTP method and path segments (`{}` marks a label, `**` a rest pattern). */
  readonly route: { readonly method: string; readonly segments: readonly string[] } | null;
  readonly line: number;
  /** Why this evidence does not count (`501`, `STUB[no-engine]`), or null when it counts. */
  readonly excluded: string | null;
}

export interface HandlerScan {
  readonly evidence: readonly HandlerEvidence[];
  /** Fns that answer 501/NotImplemented or sit under a STUB comment, with the reason. */
  readonly notImplementedFns: ReadonlyMap<string, string>;
  readonly syntaxErrorCount: number;
}

const METHODS = new Set(["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"]);

function calleeName(call: Node): string | null {
  const f = call.childForFieldName("function");
  if (!f) return null;
  if (f.type === "identifier") return f.text;
  if (f.type === "field_expression") return f.childForFieldName("field")?.text ?? null;
  if (f.type === "scoped_identifier") return f.childForFieldName("name")?.text ?? null;
  if (f.type === "generic_function") {
    const inner = f.childForFieldName("function");
    if (inner?.type === "identifier") return inner.text;
    if (inner?.type === "scoped_identifier" || inner?.type === "field_expression")
      return inner.childForFieldName(inner.type === "field_expression" ? "field" : "name")?.text ?? null;
  }
  return null;
}

function callsIn(n: Node): { name: string; node: Node }[] {
  const out: { name: string; node: Node }[] = [];
  walk(n, (c) => {
    if (c.type === "call_expression") {
      const name = calleeName(c);
      if (name) out.push({ name, node: c });
    }
  });
  return out;
}

/** Does this expression answer "not implemented" (501 or a NotImplemented* code) and nothing else? */
function answersNotImplemented(n: Node): boolean {
  let notImpl = false;
  let works = false;
  walk(n, (c) => {
    if (c.type === "integer_literal" && c.text === "501") notImpl = true;
    const s = stringValue(c);
    if (s !== null && /^NotImplemented/.test(s)) notImpl = true;
    if (c.type === "call_expression") {
      const name = calleeName(c) ?? "";
      if (/^handle_|^serialize_\w+_response$|^deserialize_\w+_request$/.test(name)) works = true;
    }
  });
  return notImpl && !works;
}

/** The STUB marker a node sits under, if any: a `// STUB[...]` comment block directly above it. */
function stubAbove(n: Node): string | null {
  let p = n.previousNamedSibling;
  while (p && isComment(p)) {
    const m = /^\s*STUB\[([^\]]*)\]/.exec(commentBody(p));
    if (m) return `STUB[${m[1]}]`;
    p = p.previousNamedSibling;
  }
  return null;
}

/** A STUB comment as the first thing of a fn body marks the whole fn. */
function stubAtBodyStart(fn: Node): string | null {
  const body = fn.childForFieldName("body");
  if (!body) return null;
  for (const c of namedChildren(body)) {
    if (!isComment(c)) return null;
    const m = /^\s*STUB\[([^\]]*)\]/.exec(commentBody(c));
    if (m) return `STUB[${m[1]}]`;
  }
  return null;
}

function patternLiterals(pattern: Node): string[] | null {
  // Only plain literal patterns (`"A"`, `"A" | "B"`), not tuple/slice route patterns.
  const top = namedChildren(pattern)[0] ?? pattern;
  const lits: string[] = [];
  const visit = (n: Node): boolean => {
    if (n.type === "string_literal" || n.type === "raw_string_literal") {
      lits.push(stringValue(n) ?? "");
      return true;
    }
    if (n.type === "or_pattern") return namedChildren(n).every(visit);
    return false;
  };
  if (pattern.type === "match_pattern") {
    if (!visit(top)) return null;
  } else if (!visit(pattern)) return null;
  return lits;
}

function routeOfPattern(pattern: Node): { method: string; segments: string[] } | null {
  const top = namedChildren(pattern)[0];
  if (!top || top.type !== "tuple_pattern") return null;
  const parts = namedChildren(top);
  let method: string | null = null;
  let segments: string[] | null = null;
  for (const p of parts) {
    const s = stringValue(p);
    if (s !== null && METHODS.has(s)) method = s;
    else if (p.type === "slice_pattern") {
      segments = [];
      for (const e of children(p).filter((c) => c.isNamed || c.type === "_")) {
        const v = stringValue(e);
        if (v !== null) segments.push(v);
        else if (e.type === "remaining_field_pattern" || e.text === ".." || e.text.endsWith("@ .."))
          segments.push("**");
        else segments.push("{}");
      }
    }
  }
  return method && segments ? { method, segments } : null;
}

const ROUTE_COMMENT =
  /^\s*(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)\s+(\/\S*)\s*(?:(?:-|=>|->|:)\s*([A-Za-z][A-Za-z0-9]*))?\s*(.*)$/;

/** Splits a URI path into segments: literals as written, labels as `{}`, greedy labels as `**`. */
export function uriSegments(uri: string): string[] {
  const path = uri.split("?")[0] ?? "";
  return path
    .split("/")
    .filter((s) => s.length > 0)
    .map((s) => (/^\{[^}]*\+\}$/.test(s) ? "**" : /^\{[^}]*\}$/.test(s) ? "{}" : s));
}

/** Scans a handlers.rs for operation evidence. */
export async function scanHandlers(source: string): Promise<HandlerScan> {
  return withRustTree(source, (root) => {
    const notImplementedFns = new Map<string, string>();
    // Pass 1: fns that are stubs or answer 501 only.
    walk(root, (n) => {
      if (n.type !== "function_item") return;
      const name = n.childForFieldName("name")?.text;
      if (!name) return;
      const why = stubAbove(n) ?? stubAtBodyStart(n);
      if (why) notImplementedFns.set(name, why);
      else {
        const body = n.childForFieldName("body");
        if (body && /^handle_/.test(name) && answersNotImplemented(body)) notImplementedFns.set(name, "501");
      }
    });

    // Excluded regions: node id → reason.
    const excludedWhy = (n: Node): string | null => {
      for (let p: Node | null = n; p; p = p.parent) {
        if (p.type === "match_arm") {
          const value = p.childForFieldName("value");
          if (value && answersNotImplemented(value)) return "501";
          const stub = stubAbove(p);
          if (stub) return stub;
          // An arm that only dispatches to stub/501 handlers does not count either.
          if (value) {
            const why = onlyStubs(value);
            if (why) return why;
          }
        } else if (p.type === "function_item") {
          const name = p.childForFieldName("name")?.text;
          const why = name ? notImplementedFns.get(name) : undefined;
          if (why) return why;
        } else if (p.parent && !isComment(p)) {
          const stub = stubAbove(p);
          if (stub) return stub;
        }
      }
      return null;
    };

    /** When every handler call in `n` goes to a stub/501 fn: the reason. */
    const onlyStubs = (n: Node): string | null => {
      const handlers = callsIn(n).filter((c) => /^handle_/.test(c.name) || notImplementedFns.has(c.name));
      const stubs = handlers.filter((c) => notImplementedFns.has(c.name));
      return stubs.length > 0 && stubs.length === handlers.length
        ? notImplementedFns.get(stubs[0]!.name)!
        : null;
    };

    const evidence: HandlerEvidence[] = [];
    walk(root, (n) => {
      if (n.type === "match_arm") {
        const pattern = n.childForFieldName("pattern");
        if (!pattern) return;
        const lits = patternLiterals(pattern);
        const excluded = excludedWhy(n);
        for (const lit of lits ?? []) {
          const name = lit.includes(".") ? (lit.split(".").pop() ?? lit) : lit;
          if (/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) {
            evidence.push({ kind: "arm-literal", name, route: null, line: lineOf(pattern), excluded });
          }
        }
        const route = routeOfPattern(pattern);
        if (route) evidence.push({ kind: "route-arm", name: null, route, line: lineOf(pattern), excluded });
      } else if (isComment(n)) {
        // `// METHOD /path - Op` directly above an arm or statement (not a "(not implemented)" list).
        const m = ROUTE_COMMENT.exec(commentBody(n));
        if (!m || /not implemented/i.test(m[4] ?? "")) return;
        const target = nextNonComment(n);
        if (!target || lineOf(target) > lineOf(n) + 4) return;
        evidence.push({
          kind: "route-comment",
          name: m[3] ?? null,
          route: m[3] ? null : { method: m[1]!, segments: uriSegments(m[2]!) },
          line: lineOf(n),
          excluded: excludedWhy(target) ?? (target.type === "match_arm" ? null : onlyStubs(target)),
        });
      } else if (n.type === "call_expression") {
        const name = calleeName(n);
        if (!name) return;
        let kind: EvidenceKind | null = null;
        let op: string | null = null;
        let m: RegExpExecArray | null;
        if ((m = /^handle_(\w+)$/.exec(name))) [kind, op] = ["handle-call", m[1]!];
        else if ((m = /^serialize_(\w+)_response$/.exec(name))) [kind, op] = ["serialize-call", m[1]!];
        else if ((m = /^deserialize_(\w+)_request$/.exec(name))) [kind, op] = ["deserialize-call", m[1]!];
        if (!kind || !op) return;
        const excluded = notImplementedFns.get(name) ?? excludedWhy(n);
        evidence.push({ kind, name: op, route: null, line: lineOf(n), excluded });
      }
    });
    let errors = 0;
    walk(root, (n) => {
      if (n.isError || n.isMissing) errors++;
      return n.hasError;
    });
    return { evidence, notImplementedFns, syntaxErrorCount: errors };
  });
}

/** The little a handler scan needs to know about an operation. */
export interface OperationShape {
  readonly name: string;
  readonly http: { readonly method: string; readonly uri: string } | null;
}

export interface ImplementedOperation {
  readonly operation: string;
  readonly evidence: readonly { readonly kind: EvidenceKind; readonly line: number }[];
}

export interface NotImplementedOperation {
  readonly operation: string;
  /** `501`, `STUB[no-engine]` … from the first excluded evidence. */
  readonly why: string;
  readonly line: number;
}

export interface OperationCoverage {
  readonly implemented: readonly ImplementedOperation[];
  /** Operations mentioned by the handlers only in excluded places (stubs, 501 arms). */
  readonly stubbed: readonly NotImplementedOperation[];
}

function routeMatches(
  route: { method: string; segments: readonly string[] },
  http: { method: string; uri: string },
): boolean {
  if (route.method !== http.method.toUpperCase()) return false;
  const want = uriSegments(http.uri);
  const got = route.segments;
  let i = 0;
  for (; i < got.length; i++) {
    const g = got[i]!;
    if (g === "**") return true;
    const w = want[i];
    if (w === undefined) return false;
    if (w === "**") return g === "{}" || i === got.length - 1;
    if (g === "{}") {
      if (w !== "{}") return false;
    } else if (g !== w) return false;
  }
  return i === want.length;
}

/** Maps a handler scan onto a service's operations. */
export function operationCoverage(
  scan: HandlerScan,
  operations: readonly OperationShape[],
): OperationCoverage {
  const byKey = new Map<string, string>();
  for (const op of operations) byKey.set(opKey(op.name), op.name);
  const found = new Map<string, { kind: EvidenceKind; line: number }[]>();
  const excluded = new Map<string, { why: string; line: number }>();
  const note = (op: string, e: HandlerEvidence): void => {
    if (e.excluded) {
      if (!excluded.has(op)) excluded.set(op, { why: e.excluded, line: e.line });
      return;
    }
    const list = found.get(op) ?? [];
    list.push({ kind: e.kind, line: e.line });
    found.set(op, list);
  };
  for (const e of scan.evidence) {
    if (e.name !== null) {
      const op = byKey.get(opKey(e.name));
      if (op) note(op, e);
    } else if (e.route) {
      const matches = operations.filter((o) => o.http && routeMatches(e.route!, o.http));
      if (matches.length === 1) note(matches[0]!.name, e);
    }
  }
  const implemented = [...found.entries()]
    .map(([operation, ev]) => ({ operation, evidence: ev }))
    .sort((a, b) => a.operation.localeCompare(b.operation));
  const stubbed = [...excluded.entries()]
    .filter(([op]) => !found.has(op))
    .map(([operation, x]) => ({ operation, why: x.why, line: x.line }))
    .sort((a, b) => a.operation.localeCompare(b.operation));
  return { implemented, stubbed };
}

// Re-exported for the marker reader.
export { patternLiterals };
