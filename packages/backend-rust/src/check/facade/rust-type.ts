/**
 * Normalised Rust type strings (as sdk-shapes and `../shared/oracle/README.md` write them:
 * `Option<&HashMap<String, crate::types::X>>`, `aws_smithy_types::DateTime`) parsed into a small tree
 * and rendered fully qualified (`::std::option::Option<...>`), so facade code never depends on what a
 * module's own names shadow (`aws_sdk_rds::types::Option`, `aws_sdk_s3::types::Error`).
 */
import type { SdkType } from "@moto2rust/ir";

export type RType =
  | {
      readonly k: "path";
      readonly global: boolean;
      readonly segs: readonly string[];
      readonly args: readonly RType[];
    }
  | { readonly k: "ref"; readonly mut: boolean; readonly inner: RType }
  | { readonly k: "slice"; readonly inner: RType }
  | { readonly k: "tuple"; readonly items: readonly RType[] };

const STD: Readonly<Record<string, string>> = {
  Option: "::std::option::Option",
  Vec: "::std::vec::Vec",
  String: "::std::string::String",
  HashMap: "::std::collections::HashMap",
  HashSet: "::std::collections::HashSet",
  Box: "::std::boxed::Box",
  Result: "::std::result::Result",
};

const PRIMITIVES = new Set([
  "i8",
  "i16",
  "i32",
  "i64",
  "i128",
  "isize",
  "u8",
  "u16",
  "u32",
  "u64",
  "u128",
  "usize",
  "f32",
  "f64",
  "bool",
  "str",
  "char",
]);

function tokenize(src: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (src.startsWith("::", i)) {
      out.push("::");
      i += 2;
    } else if (/[A-Za-z_]/.test(c) || (c === "r" && src[i + 1] === "#")) {
      let j = i + 1;
      if (src.startsWith("r#", i)) j = i + 2;
      while (j < src.length && /[A-Za-z0-9_]/.test(src[j]!)) j++;
      out.push(src.slice(i, j));
      i = j;
    } else if (c === "'") {
      let j = i + 1;
      while (j < src.length && /[A-Za-z0-9_]/.test(src[j]!)) j++;
      out.push(src.slice(i, j));
      i = j;
    } else {
      out.push(c);
      i++;
    }
  }
  return out;
}

/** Parse a normalised type string; throws on malformed input (a programmer error upstream). */
export function parseRustType(src: string): RType {
  const toks = tokenize(src);
  let pos = 0;
  const peek = (): string | undefined => toks[pos];
  const expect = (t: string): void => {
    if (toks[pos] !== t)
      throw new Error(`rust type '${src}': expected '${t}' at token ${pos} ('${toks[pos] ?? "end"}')`);
    pos++;
  };
  const parseType = (): RType => {
    const t = peek();
    if (t === "&") {
      pos++;
      if (peek()?.startsWith("'")) pos++;
      let mut = false;
      if (peek() === "mut") {
        mut = true;
        pos++;
      }
      return { k: "ref", mut, inner: parseType() };
    }
    if (t === "[") {
      pos++;
      const inner = parseType();
      expect("]");
      return { k: "slice", inner };
    }
    if (t === "(") {
      pos++;
      const items: RType[] = [];
      while (peek() !== ")") {
        items.push(parseType());
        if (peek() === ",") pos++;
        else break;
      }
      expect(")");
      return { k: "tuple", items };
    }
    let global = false;
    if (t === "::") {
      global = true;
      pos++;
    }
    const segs: string[] = [];
    for (;;) {
      const id = peek();
      if (id === undefined || !/^(r#)?[A-Za-z_][A-Za-z0-9_]*$/.test(id)) {
        throw new Error(`rust type '${src}': expected an identifier at token ${pos} ('${id ?? "end"}')`);
      }
      segs.push(id);
      pos++;
      if (peek() === "::" && toks[pos + 1] !== "<") {
        pos++;
        continue;
      }
      if (peek() === "::" && toks[pos + 1] === "<") pos++; // turbofish
      break;
    }
    const args: RType[] = [];
    if (peek() === "<") {
      pos++;
      while (peek() !== ">") {
        args.push(parseType());
        if (peek() === ",") pos++;
        else break;
      }
      expect(">");
    }
    return { k: "path", global, segs, args };
  };
  const ty = parseType();
  if (pos !== toks.length) throw new Error(`rust type '${src}': trailing tokens`);
  return ty;
}

/** Render with every path qualified so it resolves anywhere inside a facade crate. */
export function renderQualified(t: RType): string {
  switch (t.k) {
    case "ref":
      return `&${t.mut ? "mut " : ""}${renderQualified(t.inner)}`;
    case "slice":
      return `[${renderQualified(t.inner)}]`;
    case "tuple":
      return t.items.length === 1
        ? `(${renderQualified(t.items[0]!)},)`
        : `(${t.items.map(renderQualified).join(", ")})`;
    case "path": {
      let base: string;
      const first = t.segs[0]!;
      if (t.global) base = "::" + t.segs.join("::");
      else if (t.segs.length === 1 && STD[first] !== undefined) base = STD[first]!;
      else if (t.segs.length === 1 && (PRIMITIVES.has(first) || first === "Self")) base = first;
      else if (first === "crate" || first === "self" || first === "super") base = t.segs.join("::");
      else if (t.segs.length === 1) base = first;
      else base = "::" + t.segs.join("::");
      return t.args.length === 0 ? base : `${base}<${t.args.map(renderQualified).join(", ")}>`;
    }
  }
}

export function qualify(src: string): string {
  return renderQualified(parseRustType(src));
}

/** `Option<T>` → `T`; anything else unchanged. */
export function stripOption(t: RType): RType {
  return isStd(t, "Option") && t.k === "path" ? t.args[0]! : t;
}

export function isStd(t: RType, name: keyof typeof STD): boolean {
  if (t.k !== "path") return false;
  if (!t.global && t.segs.length === 1) return t.segs[0] === name;
  return "::" + t.segs.join("::") === STD[name] || t.segs.join("::") === STD[name]!.slice(2);
}

export function option(t: RType): RType {
  return { k: "path", global: false, segs: ["Option"], args: [t] };
}

/** The argument type of a value setter for a (non-collection) member type (`asArgumentType`). */
export function argumentType(t: RType): string {
  if (isStd(t, "String") || isStd(t, "Box")) return `impl ::std::convert::Into<${renderQualified(t)}>`;
  return renderQualified(t);
}

/** The Rust type of an SdkType as a pub field holds it (no outer Option), crate-relative paths qualified. */
export function sdkTypeToRust(t: SdkType): string {
  switch (t.kind) {
    case "string":
      return "::std::string::String";
    case "enum":
    case "structure":
    case "union":
      return `crate::${t.path}`;
    case "int":
    case "float":
      return t.rust;
    case "bool":
      return "bool";
    case "blob":
      return "::aws_smithy_types::Blob";
    case "stream":
      return "::aws_smithy_types::byte_stream::ByteStream";
    case "timestamp":
      return "::aws_smithy_types::DateTime";
    case "document":
      return "::aws_smithy_types::Document";
    case "list": {
      const e = sdkTypeToRust(t.element);
      return `::std::vec::Vec<${t.sparse ? `::std::option::Option<${e}>` : e}>`;
    }
    case "map": {
      const v = sdkTypeToRust(t.value);
      return `::std::collections::HashMap<${sdkTypeToRust(t.key)}, ${t.sparse ? `::std::option::Option<${v}>` : v}>`;
    }
    case "op-error":
      return `crate::${t.errorPath}`;
    case "unknown":
      return "()";
    case "tuple":
      return `(${t.elements.map(sdkTypeToRust).join(", ")})`;
  }
}

/**
 * The accessor return type smithy-rs derives from a pub field type (SDK-RULES §3.3), used when
 * sdk-shapes gives none.
 */
export function accessorReturn(field: RType): RType {
  const opt = isStd(field, "Option");
  const inner = opt ? stripOption(field) : field;
  const ref = (x: RType): RType => ({ k: "ref", mut: false, inner: x });
  const copy = (x: RType): boolean =>
    x.k === "path" && x.segs.length === 1 && PRIMITIVES.has(x.segs[0]!) && x.segs[0] !== "str";
  if (isStd(inner, "Vec") && inner.k === "path") return ref({ k: "slice", inner: inner.args[0]! });
  if (copy(inner)) return field;
  const str: RType = { k: "path", global: false, segs: ["str"], args: [] };
  if (isStd(inner, "String")) return opt ? option(ref(str)) : ref(str);
  if (isStd(inner, "Box") && inner.k === "path")
    return opt ? option(ref(inner.args[0]!)) : ref(inner.args[0]!);
  return opt ? option(ref(inner)) : ref(inner);
}
