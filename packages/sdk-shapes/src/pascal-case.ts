/**
 * smithy-rs `String.toPascalCase()` = Smithy `CaseUtils.toPascalCase(CaseUtils.toSnakeCase(s))`
 * (SDK-RULES §2.2). A different, older algorithm than `toSnakeCase`; used for type names, enum
 * variants, union variants, synthetic Input/Output names and paginators.
 */

/** Pure functions called with the same model names over and over: memoised (bounded). */
const CACHE_LIMIT = 100_000;
const javaSnakeCache = new Map<string, string>();
const pascalCache = new Map<string, string>();

function remember(cache: Map<string, string>, key: string, value: string): string {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

/** Smithy `CaseUtils.toSnakeCase` (Java regexes; `\s` is Java's ASCII whitespace class). */
function javaSnakeCase(word: string): string {
  if (word === "") return word;
  const cached = javaSnakeCache.get(word);
  if (cached !== undefined) return cached;
  return remember(
    javaSnakeCache,
    word,
    word
      .replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2")
      .replace(/([a-z\d])([A-Z])/g, "$1_$2")
      .replace(/[ \t\n\x0B\f\r-]/g, "_")
      .toLowerCase(),
  );
}

const DELIMITERS = new Set(["_", "-", " "]);

/** Smithy `CaseUtils.toCamelCase(str, capitalizeFirstLetter = true, '_', '-', ' ')`. */
function casePascal(str: string): string {
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
  const cached = pascalCache.get(s);
  if (cached !== undefined) return cached;
  return remember(pascalCache, s, casePascal(javaSnakeCase(s)));
}
