/**
 * Variable → type environments for one function. Python scoping is per function, so one flat
 * environment per function is enough; module constants sit in a parent environment.
 */
import type { Expr, SdkType } from "@moto2rust/ir";
import { assertNever, condExprs } from "@moto2rust/ir";

export type Binding =
  /** `x = boto3.client("svc")` */
  /** `target`: the service has a model (the tested one or another the test also uses). */
  | { readonly kind: "client"; readonly service: string; readonly target: boolean }
  /** A value of a known SDK type (an output, a read, a literal of known type). */
  | { readonly kind: "value"; readonly ty: SdkType }
  /**
   * A dict/list literal: typed at each use against what the use expects (and substituted there).
   * `stale` once a variable the literal mentions has been re-assigned.
   */
  | { readonly kind: "literal"; readonly value: Expr; stale: boolean; branch?: boolean }
  /** `with pytest.raises(...) as exc`: the error of the operation called in the block. */
  | { readonly kind: "error"; readonly ty: SdkType }
  /** A parameter that is neither parametrized nor known (a pytest fixture). */
  | { readonly kind: "fixture" };

export class Scope {
  private readonly vars = new Map<string, Binding>();

  constructor(private readonly parent: Scope | null = null) {}

  lookup(name: string): Binding | undefined {
    return this.vars.get(name) ?? this.parent?.lookup(name);
  }

  set(name: string, b: Binding): void {
    // `x = [x, ...]` refers to the previous `x`: substituting it later would refer to itself.
    if (b.kind === "literal" && mentions(b.value, name)) b.stale = true;
    this.vars.set(name, b);
    // A literal that mentions `name` no longer means what it meant when it was bound.
    for (const [other, ob] of this.vars) {
      if (other !== name && ob.kind === "literal" && mentions(ob.value, name)) ob.stale = true;
    }
  }

  names(): string[] {
    return [...this.vars.keys()];
  }
}

function mentions(e: Expr, name: string): boolean {
  switch (e.kind) {
    case "Name":
      return e.id === name;
    case "Dict":
      return e.entries.some((en) => mentions(en.key, name) || mentions(en.value, name));
    case "List":
      return e.elements.some((x) => mentions(x, name));
    case "FString":
      return e.parts.some((p) => p.kind === "expr" && mentions(p.expr, name));
    case "BinOp":
      return mentions(e.left, name) || mentions(e.right, name);
    case "Subscript":
      return mentions(e.value, name) || mentions(e.index, name);
    case "Get":
      return (
        mentions(e.value, name) ||
        mentions(e.key, name) ||
        (e.fallback !== null && mentions(e.fallback, name))
      );
    case "Len":
    case "Neg":
      return mentions(e.value, name);
    case "BuiltinCall":
      return (e.receiver !== null && mentions(e.receiver, name)) || e.args.some((a) => mentions(a, name));
    case "HelperCall":
      return (
        e.args.some((a) => mentions(a.value, name)) || (e.kwargs ?? []).some((a) => mentions(a.value, name))
      );
    case "ApiCall":
      return e.client === name || e.args.some((a) => mentions(a.value, name));
    case "Comprehension":
      // Conservative: a name the element or a filter reads counts even where the target shadows it.
      return (
        mentions(e.iter, name) ||
        mentions(e.element, name) ||
        e.filters.some((f) => condExprs(f).some((x) => mentions(x as Expr, name)))
      );
    case "IfExpr":
      return [...condExprs(e.cond), e.then, e.otherwise].some((x) => mentions(x as Expr, name));
    case "DictComprehension":
      return (
        mentions(e.iter, name) ||
        mentions(e.key, name) ||
        mentions(e.value, name) ||
        e.filters.some((f) => condExprs(f).some((x) => mentions(x as Expr, name)))
      );
    case "Bool":
    case "Bytes":
    case "Const":
    case "ErrorField":
    case "Float":
    case "Int":
    case "None":
    case "Str":
      return false;
    default:
      return assertNever(e);
  }
}
