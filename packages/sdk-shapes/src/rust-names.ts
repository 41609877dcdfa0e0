/**
 * Rust identifiers smithy-rs derives from Smithy names (SDK-RULES §2.3–§2.6): reserved-word escaping,
 * structure member renames, operation-derived names, enum/union variants and helper methods.
 */
import { toPascalCase } from "./pascal-case.js";
import { toSnakeCase } from "./snake-case.js";

/** `RustReservedWords.RustKeywords` (core/rustlang/RustReservedWords.kt). `gen` is not in it. */
export const RUST_KEYWORDS: ReadonlySet<string> = new Set([
  "as",
  "break",
  "const",
  "continue",
  "crate",
  "else",
  "enum",
  "extern",
  "false",
  "fn",
  "for",
  "if",
  "impl",
  "in",
  "let",
  "loop",
  "match",
  "mod",
  "move",
  "mut",
  "pub",
  "ref",
  "return",
  "self",
  "Self",
  "static",
  "struct",
  "super",
  "trait",
  "true",
  "type",
  "unsafe",
  "use",
  "where",
  "while",
  "async",
  "await",
  "dyn",
  "abstract",
  "become",
  "box",
  "do",
  "final",
  "macro",
  "override",
  "priv",
  "typeof",
  "unsized",
  "virtual",
  "yield",
  "try",
]);

/** Words that cannot be raw identifiers, and their fixed replacements. */
const KEYWORD_ESCAPES: ReadonlyMap<string, string> = new Map([
  ["crate", "crate_"],
  ["super", "super_"],
  ["self", "self_"],
  ["Self", "SelfValue"],
  ["SelfValue", "SelfValue_"],
]);

/** What an escaped word is used for (`EscapeFor`): identifiers get `r#kw`, modules `kw_`. */
export type EscapeFor = "identifier" | "module";

export function isReservedWord(word: string): boolean {
  return RUST_KEYWORDS.has(word) || KEYWORD_ESCAPES.has(word);
}

/** `RustReservedWords.escapeIfNeeded`. */
export function escapeIfNeeded(word: string, escapeFor: EscapeFor = "identifier"): string {
  if (!isReservedWord(word)) return word;
  const mapped = KEYWORD_ESCAPES.get(word);
  if (mapped !== undefined) return mapped;
  return escapeFor === "module" ? `${word}_` : `r#${word}`;
}

/** Structure member names renamed on clients (`StructureGenerator.structureMemberNameMap` + `ClientReservedWords`). */
const STRUCTURE_MEMBER_RENAMES: ReadonlyMap<string, string> = new Map([
  ["build", "build_value"],
  ["builder", "builder_value"],
  ["default", "default_value"],
  ["send", "send_value"],
  ["make_operation", "make_operation_value"],
  ["presigned", "presigned_value"],
  ["customize", "customize_value"],
  ["meta", "meta_value"],
]);

export interface StructureMemberNames {
  /** Pub field, accessor and value-setter name (`cluster_name`, `r#type`, `build_value`). */
  readonly accessor: string;
  /** `set_<raw snake>` (never renamed or escaped). */
  readonly setSetter: string;
  /** `get_<raw snake>` (never renamed or escaped). */
  readonly getter: string;
}

/** §2.4: names for a structure member. */
export function structureMemberNames(memberName: string): StructureMemberNames {
  const base = toSnakeCase(memberName);
  const accessor = STRUCTURE_MEMBER_RENAMES.get(base) ?? escapeIfNeeded(base);
  return { accessor, setSetter: `set_${base}`, getter: `get_${base}` };
}

/** Type name of a structure, union or enum (`toPascalCase(contextName)`, escaped like smithy-rs type names). */
export function typeName(contextName: string): string {
  return escapeIfNeeded(toPascalCase(contextName));
}

/** §2.5: enum variant from the Smithy member name (or the `@enum` `name` field). */
export function enumVariantName(memberName: string): string {
  const pascal = toPascalCase(toPascalCase(memberName));
  if (pascal === "Unknown") return "UnknownValue";
  if (pascal === "UnknownValue") return "UnknownValue_";
  return escapeIfNeeded(pascal);
}

/** §2.6: union variant from the Smithy member name. */
export function unionVariantName(memberName: string): string {
  const pascal = toPascalCase(memberName);
  if (pascal === "Unknown") return "UnknownValue";
  if (pascal === "UnknownValue") return "UnknownValue_";
  return escapeIfNeeded(pascal);
}

/** `as_<snake(variant)>` / `is_<snake(variant)>` on a union. */
export function unionHelpers(variant: string): { readonly asHelper: string; readonly isHelper: string } {
  const part = toSnakeCase(variant);
  return { asHelper: `as_${part}`, isHelper: `is_${part}` };
}

/** `is_<snake(variant)>` on an operation error enum (§6). */
export function errorHelperName(variant: string): string {
  return `is_${toSnakeCase(variant)}`;
}

export interface OperationNames {
  /** Operation symbol: the context name with only its first letter uppercased (`ListMFADevices`). */
  readonly symbol: string;
  /** Client method (`list_mfa_devices`), keyword-escaped with `r#`. */
  readonly method: string;
  /** Module name (`list_mfa_devices`), keyword-escaped with a `_` suffix. */
  readonly moduleName: string;
  /** `operation::list_mfa_devices` */
  readonly module: string;
  /** `ListMfaDevicesInput` */
  readonly inputName: string;
  /** `ListMfaDevicesOutput` */
  readonly outputName: string;
  /** `ListMFADevicesError` */
  readonly errorName: string;
  /** `ListMFADevicesFluentBuilder` */
  readonly fluentBuilderName: string;
  /** `ListMfaDevicesPaginator` */
  readonly paginatorName: string;
  readonly inputPath: string;
  readonly outputPath: string;
  readonly errorPath: string;
  readonly fluentBuilderPath: string;
  readonly paginatorPath: string;
}

/**
 * §2.3. `shapeName` is the operation shape's name (`operation.id.name`, used for the synthetic
 * Input/Output and the paginator); `contextName` is the name after the service `rename` map.
 */
export function operationNames(shapeName: string, contextName: string = shapeName): OperationNames {
  const symbol = contextName.charAt(0).toUpperCase() + contextName.slice(1);
  const snake = toSnakeCase(symbol);
  const moduleName = escapeIfNeeded(snake, "module");
  const module = `operation::${moduleName}`;
  const inputName = typeName(`${shapeName}Input`);
  const outputName = typeName(`${shapeName}Output`);
  const errorName = `${symbol}Error`;
  const fluentBuilderName = `${symbol}FluentBuilder`;
  const paginatorName = `${toPascalCase(shapeName)}Paginator`;
  return {
    symbol,
    method: escapeIfNeeded(snake),
    moduleName,
    module,
    inputName,
    outputName,
    errorName,
    fluentBuilderName,
    paginatorName,
    inputPath: `${module}::${inputName}`,
    outputPath: `${module}::${outputName}`,
    errorPath: `${module}::${errorName}`,
    fluentBuilderPath: `${module}::builders::${fluentBuilderName}`,
    paginatorPath: `${module}::paginator::${paginatorName}`,
  };
}

export interface WaiterNames {
  /** `wait_until_bucket_exists` */
  readonly method: string;
  /** `BucketExistsFluentBuilder` */
  readonly fluentBuilder: string;
  /** `waiters::bucket_exists` */
  readonly module: string;
}

/** Waiter names (`WaitableGenerator.kt`). */
export function waiterNames(waiterName: string): WaiterNames {
  const snake = toSnakeCase(waiterName);
  return {
    method: `wait_until_${snake}`,
    fluentBuilder: `${toPascalCase(waiterName)}FluentBuilder`,
    module: `waiters::${escapeIfNeeded(snake, "module")}`,
  };
}
