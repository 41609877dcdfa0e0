/**
 * smithy-rs `String.toSnakeCase()` (`codegen-core/.../util/Strings.kt`, `splitOnWordBoundaries` +
 * `endOfAcronym`), SDK-RULES §2.1. Used for client methods, operation modules, accessors, setters,
 * `is_*`/`as_*` helpers and waiter methods.
 */

const COMPLETE_WORDS: readonly string[] = ["ipv4", "ipv6", "sigv4", "mib", "gib", "kib", "ttl"];

// Character classes as Kotlin's `Char.isLetterOrDigit/isUpperCase/isLowerCase/isDigit`, with an ASCII fast path.
const ascii = (c: string): number => (c.length === 1 ? c.charCodeAt(0) : 0x10000);
const isAsciiUpper = (n: number): boolean => n >= 65 && n <= 90;
const isAsciiLower = (n: number): boolean => n >= 97 && n <= 122;
const isAsciiDigit = (n: number): boolean => n >= 48 && n <= 57;

function isLetterOrDigit(c: string): boolean {
  const n = ascii(c);
  if (n < 128) return isAsciiUpper(n) || isAsciiLower(n) || isAsciiDigit(n);
  return /^[\p{L}\p{Nd}]$/u.test(c);
}
function isUpper(c: string | undefined): boolean {
  if (c === undefined) return false;
  const n = ascii(c);
  return n < 128 ? isAsciiUpper(n) : /^\p{Lu}$/u.test(c);
}
function isLower(c: string | undefined): boolean {
  if (c === undefined) return false;
  const n = ascii(c);
  return n < 128 ? isAsciiLower(n) : /^\p{Ll}$/u.test(c);
}
function isDigit(c: string | undefined): boolean {
  if (c === undefined) return false;
  const n = ascii(c);
  return n < 128 ? isAsciiDigit(n) : /^\p{Nd}$/u.test(c);
}

/** `DB[P]roxy`, `IAM[U]ser`, but not `AC[L]s` or `DynamoD[B]v2`. */
function endOfAcronym(
  current: string,
  next: string,
  peek: string | undefined,
  doublePeek: string | undefined,
): boolean {
  if (!isUpper(current[current.length - 1])) return false;
  if (!isUpper(next)) return false;
  if (!isLower(peek)) return false;
  if (peek === "s" && (doublePeek === undefined || !isLower(doublePeek))) return false;
  if (peek === "v" && isDigit(doublePeek)) return false;
  return true;
}

function splitOnWordBoundaries(s: string): string[] {
  const chars = Array.from(s);
  const out: string[] = [];
  let current = "";
  let completeWordInProgress = true;
  const allLowerCase = s.toLowerCase() === s;
  const lowerChars = chars.map((c) => c.toLowerCase());
  const emit = (next: string): void => {
    completeWordInProgress = true;
    if (current !== "") out.push(current.toLowerCase());
    current = isLetterOrDigit(next) ? next : "";
  };
  chars.forEach((ch, index) => {
    const computeWordInProgress = (): boolean => {
      const lowerCurrent = current.toLowerCase();
      const rest = lowerCurrent + lowerChars.slice(index, index + 8).join("");
      const result =
        completeWordInProgress &&
        current !== "" &&
        COMPLETE_WORDS.some((w) => w.startsWith(lowerCurrent) && rest.startsWith(w) && w !== lowerCurrent);
      completeWordInProgress = result;
      return result;
    };
    const last = current[current.length - 1];
    if (!isLetterOrDigit(ch)) {
      emit(ch);
    } else if (current === "") {
      current += ch;
    } else if (!computeWordInProgress() && isUpper(ch) && (isLower(last) || isDigit(last))) {
      emit(ch);
    } else if (!computeWordInProgress() && allLowerCase && isDigit(last) && isLower(ch)) {
      emit(ch);
    } else if (endOfAcronym(current, ch, chars[index + 1], chars[index + 2])) {
      emit(ch);
    } else {
      current += ch;
    }
  });
  if (current !== "") out.push(current);
  return out;
}

/** Pure and called with the same model names over and over: memoised (bounded). */
const snakeCache = new Map<string, string>();
const CACHE_LIMIT = 100_000;

/** smithy-rs `toSnakeCase`: `ListMFADevices` → `list_mfa_devices`, `Ipv6CidrBlock` → `ipv6_cidr_block`. */
export function toSnakeCase(s: string): string {
  let out = snakeCache.get(s);
  if (out === undefined) {
    out = splitOnWordBoundaries(s)
      .map((w) => w.toLowerCase())
      .join("_");
    if (snakeCache.size >= CACHE_LIMIT) snakeCache.clear();
    snakeCache.set(s, out);
  }
  return out;
}
