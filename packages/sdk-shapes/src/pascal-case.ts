/**
 * smithy-rs `String.toPascalCase()` = Smithy `CaseUtils.toPascalCase(CaseUtils.toSnakeCase(s))`
 * (SDK-RULES §2.2). A different, older algorithm than `toSnakeCase`; used for type names, enum
 * variants, union variants, synthetic Input/Output names and paginators.
 */

/** Smithy `CaseUtils.toSnakeCase` (Java regexes; `\s` is Java's ASCII whitespace class). */
export function javaSnakeCase(word: string): string {
  if (word === "") return word;
  return word
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2")
    .replace(/([a-z\d])([A-Z])/g, "$1_$2")
    .replace(/[ \t\n\x0B\f\r-]/g, "_")
    .toLowerCase();
}

const DELIMITERS = new Set(["_", "-", " "]);

/** Smithy `CaseUtils.toCamelCase(str, capitalizeFirstLetter = true, '_', '-', ' ')`. */
export function casePascal(str: string): string {
  if (str === "") return str;
  const lower = str.toLowerCase();
  let out = "";
  let capitalizeNext = true;
  for (const cp of lower) {
    if (DELIMITERS.has(cp)) {
      capitalizeNext = out.length !== 0;
    } else if (capitalizeNext || out.length === 0) {
      out += cp.toUpperCase();
      capitalizeNext = false;
    } else {
      out += cp;
    }
  }
  return out.length !== 0 ? out : lower;
}

/** `DBInstance` → `DbInstance`, `STANDARD_IA` → `StandardIa`, `ListMFADevicesInput` → `ListMfaDevicesInput`. */
export function toPascalCase(s: string): string {
  return casePascal(javaSnakeCase(s));
}
