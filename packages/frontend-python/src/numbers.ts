/** Python numeric literals, normalised: integers to decimal text, floats to Rust-friendly text. */

/** `0x1F`, `0o17`, `0b101`, `1_000` → decimal text; null for complex or malformed literals. */
export function normaliseInt(text: string): string | null {
  const t = text.replace(/_/g, "");
  if (/^[0-9]+$/.test(t)) return BigInt(t).toString();
  if (/^0[xX][0-9a-fA-F]+$/.test(t) || /^0[oO][0-7]+$/.test(t) || /^0[bB][01]+$/.test(t))
    return BigInt(t).toString();
  return null;
}

/** `1.`, `.5`, `1_0.5e3` → `1.0`, `0.5`, `10.5e3`; null for complex or malformed literals. */
export function normaliseFloat(text: string): string | null {
  let t = text.replace(/_/g, "");
  if (!/^(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/.test(t)) return null;
  if (t.startsWith(".")) t = "0" + t;
  t = t.replace(/\.(?=[eE]|$)/, ".0");
  return t;
}
