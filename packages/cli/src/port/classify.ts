/**
 * Port-level classification on top of the translation's own: `already-ported` (the file has a
 * test of that name, or a `// Ported from moto: file::test` marker) and `unimplemented-operation`
 * (the test calls an operation the crate's handlers do not implement). Then the order tests are
 * appended in: tests touching a FIX(terraform-e2e) operation first, then basic CRUD (create,
 * describe/get, list, delete), update, error cases, tags, multi-resource scenarios; ties keep
 * moto's file order.
 */
import { CLI, type Message, type Reason, type TestReport } from "@moto2rust/ir";
import { classify, crudRank, type Category, type PortedMarker } from "@moto2rust/backend-rust";

export interface ClassifyContext {
  /** Every fn name of the target file, with its line. */
  readonly existingFns: ReadonlyMap<string, number>;
  readonly portedMarkers: readonly PortedMarker[];
  /** Smithy operation for a boto3 method, or undefined when it is not an operation. */
  readonly operationOf: (boto3Method: string) => string | undefined;
  readonly implemented: ReadonlySet<string>;
  /** Why an operation is not implemented (`STUB[no-engine]`, `501`), when the handlers say. */
  readonly stubbed: ReadonlyMap<string, string>;
  readonly crateName: string;
  readonly testFileLabel: string;
}

export interface Classified {
  readonly report: TestReport;
  /** Smithy operations the test calls. */
  readonly operations: readonly string[];
  readonly missing: readonly string[];
}

function reason(m: Message, line: number): Reason {
  return { code: m.code, message: m.text, line, col: 1 };
}

export function classifyTest(r: TestReport, motoBasename: string, ctx: ClassifyContext): Classified {
  const operations = [
    ...new Set(r.operations.map((m) => ctx.operationOf(m)).filter((o): o is string => !!o)),
  ];
  const missing = operations.filter((o) => !ctx.implemented.has(o));
  const names = [r.test, ...r.rustTests];
  const hit = names.find((n) => ctx.existingFns.has(n));
  if (hit) {
    const at = ctx.existingFns.get(hit)!;
    return {
      report: {
        ...r,
        status: "skipped",
        reasons: [reason(CLI.alreadyExists(hit, ctx.testFileLabel, at), r.line)],
      },
      operations,
      missing,
    };
  }
  const marker = ctx.portedMarkers.find(
    (m) => m.test === r.test && (m.file === null || m.file === motoBasename),
  );
  if (marker) {
    return {
      report: {
        ...r,
        status: "skipped",
        reasons: [reason(CLI.portedMarker(ctx.testFileLabel, marker.line, r.test), r.line)],
      },
      operations,
      missing,
    };
  }
  if (r.status === "skipped" || missing.length === 0) return { report: r, operations, missing };
  const detail = missing
    .map((o) => {
      const why = ctx.stubbed.get(o);
      return why ? `${o} (${why})` : o;
    })
    .join(", ");
  return {
    report: {
      ...r,
      status: "skipped",
      reasons: [reason(CLI.unimplementedOperations(detail, ctx.crateName), r.line)],
    },
    operations,
    missing,
  };
}

// ---------------------------------------------------------------------------------------------
// Ordering: the emitter's classifier (backend-rust `classify`/`crudRank`), with FIX-marker tests
// first and the moto file's position as the last tie-breaker.

const CATEGORY_RANK: Record<Category, number> = {
  crud: 0,
  update: 1,
  errors: 2,
  tags: 3,
  "multi-resource": 4,
};

/** A test's category from its boto3 calls and whether its Rust checks an error (`unwrap_err`, `is_err`). */
export function categorize(
  r: TestReport,
  rustNames: ReadonlySet<string>,
): { category: Category; verb: number } {
  const hasErrorCase = rustNames.has("unwrap_err") || rustNames.has("is_err");
  const category = classify(r.operations, hasErrorCase);
  return { category, verb: category === "crud" ? crudRank(r.operations) : 0 };
}

export interface OrderKey {
  readonly fix: boolean;
  readonly category: Category;
  readonly verb: number;
  /** Index of the moto file in the selection, then the test's position in it. */
  readonly fileIndex: number;
  readonly position: number;
}

export function compareOrder(a: OrderKey, b: OrderKey): number {
  return (
    Number(b.fix) - Number(a.fix) ||
    CATEGORY_RANK[a.category] - CATEGORY_RANK[b.category] ||
    a.verb - b.verb ||
    a.fileIndex - b.fileIndex ||
    a.position - b.position
  );
}
