/**
 * Generates the `aws-sdk-<svc>` facade crate of one service from its `ServiceApi`: every public name
 * and signature tests touch (client, fluent builders, Input/Output, `types::`, errors, paginators,
 * waiters, config, primitives), with placeholder bodies. Signatures only, for type-checking.
 */
import type {
  EnumInfo,
  MemberInfo,
  OperationInfo,
  ServiceApi,
  StructureInfo,
  TypeInfo,
  UnionInfo,
  WaiterInfo,
} from "@moto2rust/sdk-shapes";
import { toSnakeCase } from "@moto2rust/sdk-shapes";
import type { ClientContextParam } from "./model-extras.js";
import { crateAttrs, RUST_HEADER } from "./runtime/crate.js";
import { runtimeFile } from "./runtime/files.js";
import {
  accessorReturn,
  argumentType,
  isStd,
  option,
  parseRustType,
  renderQualified,
  sdkTypeToRust,
  stripOption,
  type RType,
} from "./rust-type.js";

export interface ServiceCrateOptions {
  readonly clientContextParams?: readonly ClientContextParam[];
}

export interface GeneratedCrate {
  readonly name: string;
  readonly lib: string;
  readonly deps: readonly string[];
  readonly files: Readonly<Record<string, string>>;
}

const TODO = "{ crate::__todo() }";

/** Fixed Rust of every service crate: `facade-runtime/templates/service/<name>.rs`. */
function serviceTemplate(name: string): string {
  return runtimeFile(`templates/service/${name}.rs`);
}
const HTTP_RESPONSE = "::aws_smithy_runtime_api::client::orchestrator::HttpResponse";
const SDK_ERROR = "::aws_smithy_runtime_api::client::result::SdkError";

/** Operations `presigned()` exists on (sdk/AwsPresigningDecorator.kt). */
const PRESIGNABLE = new Set([
  "com.amazonaws.s3#HeadObject",
  "com.amazonaws.s3#GetObject",
  "com.amazonaws.s3#PutObject",
  "com.amazonaws.s3#UploadPart",
  "com.amazonaws.s3#DeleteObject",
  "com.amazonaws.polly#SynthesizeSpeech",
]);

function lastSeg(p: string): string {
  const i = p.lastIndexOf("::");
  return i < 0 ? p : p.slice(i + 2);
}

function parentPath(p: string): string {
  const i = p.lastIndexOf("::");
  return i < 0 ? "" : p.slice(0, i);
}

/** A Rust string literal. */
export function rustString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === "\\") out += "\\\\";
    else if (ch === '"') out += '\\"';
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (c < 0x20 || c === 0x7f) out += `\\u{${c.toString(16)}}`;
    else out += ch;
  }
  return out + '"';
}

function byPath<T extends { readonly path: string }>(a: T, b: T): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

interface MemberPlan {
  readonly member: MemberInfo;
  readonly name: string;
  /** Qualified pub field type. */
  readonly field: string;
  readonly fieldT: RType;
  readonly returns: string;
  /** Parameter list of the value setter after `self`. */
  readonly setterParams: string;
  readonly optCore: string;
  readonly streaming: boolean;
}

/** Which structures contain unboxed recursion, and which members to box to break it. */
function recursionBoxes(structs: readonly StructureInfo[], unions: readonly UnionInfo[]): Set<string> {
  const edges = new Map<string, { to: string; key: string }[]>();
  const direct = (t: RType): string | undefined => {
    const inner = stripOption(t);
    if (inner.k === "path" && inner.segs[0] === "crate" && inner.segs[1] === "types")
      return inner.segs.join("::");
    return undefined;
  };
  for (const s of structs) {
    const list: { to: string; key: string }[] = [];
    for (const m of s.members) {
      const to = direct(fieldTypeOf(m));
      if (to !== undefined) list.push({ to, key: `${s.shapeId}|${m.name}` });
    }
    edges.set(`crate::${s.path}`, list);
  }
  for (const u of unions) {
    const list: { to: string; key: string }[] = [];
    for (const v of u.variants) {
      if (v.unit) continue;
      const to = direct(unionVariantType(v.rustType, v.type));
      if (to !== undefined) list.push({ to, key: `${u.shapeId}|${v.member}` });
    }
    edges.set(`crate::${u.path}`, list);
  }
  // Tarjan's SCC; box every edge inside a strongly connected component (or a self-loop).
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const comp = new Map<string, number>();
  let compNo = 0;
  const nodes = [...edges.keys()].sort();
  const strong = (v: string): void => {
    // Iterative to survive deep models.
    const work: { v: string; i: number }[] = [{ v, i: 0 }];
    idx.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    onStack.add(v);
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      const out = edges.get(top.v) ?? [];
      if (top.i < out.length) {
        const w = out[top.i]!.to;
        top.i++;
        if (!edges.has(w)) continue;
        if (!idx.has(w)) {
          idx.set(w, index);
          low.set(w, index);
          index++;
          stack.push(w);
          onStack.add(w);
          work.push({ v: w, i: 0 });
        } else if (onStack.has(w)) {
          low.set(top.v, Math.min(low.get(top.v)!, idx.get(w)!));
        }
        continue;
      }
      if (low.get(top.v) === idx.get(top.v)) {
        for (;;) {
          const w = stack.pop()!;
          onStack.delete(w);
          comp.set(w, compNo);
          if (w === top.v) break;
        }
        compNo++;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.v, Math.min(low.get(parent.v)!, low.get(top.v)!));
    }
  };
  for (const n of nodes) if (!idx.has(n)) strong(n);
  const boxed = new Set<string>();
  for (const [from, out] of edges) {
    for (const e of out) {
      if (comp.has(e.to) && comp.get(e.to) === comp.get(from)) boxed.add(e.key);
    }
  }
  return boxed;
}

function fieldTypeOf(m: MemberInfo): RType {
  try {
    return parseRustType(m.fieldType);
  } catch {
    const base = parseRustType(sdkTypeToRust(m.type));
    return m.optional ? option(base) : base;
  }
}

function unionVariantType(rustType: string | undefined, type: Parameters<typeof sdkTypeToRust>[0]): RType {
  if (rustType !== undefined && rustType !== "" && rustType !== "()") {
    try {
      return parseRustType(rustType);
    } catch {
      /* fall through */
    }
  }
  return parseRustType(sdkTypeToRust(type));
}

function boxType(t: RType): RType {
  const wrap = (x: RType): RType => ({ k: "path", global: false, segs: ["Box"], args: [x] });
  return isStd(t, "Option") && t.k === "path" ? option(wrap(t.args[0]!)) : wrap(t);
}

class ServiceCrateGenerator {
  private readonly crate: string;
  private readonly boxes: Set<string>;
  private readonly structs: StructureInfo[];
  private readonly enums: EnumInfo[];
  private readonly unions: UnionInfo[];
  private readonly ops: OperationInfo[];
  private readonly waiters: WaiterInfo[];

  constructor(
    private readonly api: ServiceApi,
    private readonly options: ServiceCrateOptions = {},
  ) {
    this.crate = api.info.crate;
    const types = [...api.types()].sort(byPath);
    this.structs = types.filter((t): t is StructureInfo => t.kind === "structure");
    this.enums = types.filter((t): t is EnumInfo => t.kind === "enum");
    this.unions = types.filter((t): t is UnionInfo => t.kind === "union");
    this.ops = [...api.operations()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    this.waiters = [...api.waiters()].sort((a, b) =>
      a.method < b.method ? -1 : a.method > b.method ? 1 : 0,
    );
    // Operation Input/Output structures may be missing from types(); add them once.
    const seen = new Set(this.structs.map((s) => s.path));
    for (const op of this.ops) {
      for (const s of [op.input, op.output]) {
        if (!seen.has(s.path)) {
          seen.add(s.path);
          this.structs.push(s);
        }
      }
    }
    this.structs.sort(byPath);
    this.boxes = recursionBoxes(this.structs, this.unions);
  }

  generate(): GeneratedCrate {
    const files: Record<string, string> = {
      "src/lib.rs": this.lib(),
      "src/types.rs": this.typesFile(),
      "src/operation.rs": this.operationFile(),
      "src/client.rs": this.clientFile(),
      "src/config.rs": this.configFile(),
      "src/error.rs": this.errorFile(),
      "src/error_meta.rs": this.errorMetaFile(),
      "src/primitives.rs": this.primitivesFile(),
    };
    if (this.waiters.length > 0) files["src/waiters.rs"] = this.waitersFile();
    if (this.hasPresigning()) files["src/presigning.rs"] = RUST_HEADER + serviceTemplate("presigning");
    if (this.api.primitives().eventStream)
      files["src/event_receiver.rs"] = RUST_HEADER + serviceTemplate("event-receiver");
    return {
      name: this.api.info.cargoCrate,
      lib: this.crate,
      deps: [
        "aws-smithy-types",
        "aws-smithy-runtime-api",
        "aws-smithy-async",
        "aws-smithy-http",
        "aws-types",
        "aws-credential-types",
      ],
      files,
    };
  }

  private hasPresigning(): boolean {
    return this.ops.some((o) => PRESIGNABLE.has(o.shapeId));
  }

  private lib(): string {
    const mods = [
      "pub mod client;",
      "pub mod config;",
      "pub mod error;",
      "mod error_meta;",
      "pub mod operation;",
      "pub mod primitives;",
      "pub mod types;",
    ];
    if (this.waiters.length > 0) mods.push("pub mod waiters;");
    if (this.hasPresigning()) mods.push("pub mod presigning;");
    if (this.api.primitives().eventStream) mods.push("pub mod event_receiver;");
    return (
      RUST_HEADER +
      `//! Facade of ${this.api.info.cargoCrate} (${this.api.info.sdkId}), generated from its Smithy model.\n` +
      crateAttrs() +
      serviceTemplate("macros") +
      "\n" +
      mods.join("\n") +
      "\n\npub use client::Client;\npub use config::Config;\npub use error_meta::Error;\n\n" +
      'pub mod meta {\n    pub static PKG_VERSION: &str = "1.0.0-moto2rust-facade";\n}\n'
    );
  }

  // ---------------------------------------------------------------- members

  private plan(owner: StructureInfo, m: MemberInfo): MemberPlan {
    let fieldT = fieldTypeOf(m);
    if (this.boxes.has(`${owner.shapeId}|${m.name}`)) fieldT = boxType(fieldT);
    const core = stripOption(fieldT);
    let setterParams: string;
    if (isStd(core, "Vec") && core.k === "path") {
      setterParams = `input: ${argumentType(core.args[0]!)}`;
    } else if (isStd(core, "HashMap") && core.k === "path") {
      setterParams = `k: ${argumentType(core.args[0]!)}, v: ${argumentType(core.args[1]!)}`;
    } else {
      setterParams = `input: ${argumentType(core)}`;
    }
    let returns: string;
    try {
      returns = renderQualified(parseRustType(m.returns));
    } catch {
      returns = renderQualified(accessorReturn(fieldT));
    }
    const field = renderQualified(fieldT);
    return {
      member: m,
      name: m.accessor,
      field,
      fieldT,
      returns,
      setterParams,
      optCore: renderQualified(option(core)),
      streaming: m.type.kind === "stream" || /EventReceiver|EventStreamSender|ByteStream/.test(field),
    };
  }

  private setters(plans: readonly MemberPlan[]): string[] {
    const out: string[] = [];
    for (const p of plans) {
      out.push(`    pub fn ${p.name}(self, ${p.setterParams}) -> Self ${TODO}`);
      out.push(`    pub fn ${p.member.setSetter}(self, input: ${p.optCore}) -> Self ${TODO}`);
      out.push(`    pub fn ${p.member.getter}(&self) -> &${p.optCore} ${TODO}`);
    }
    return out;
  }

  /** Struct definition + accessors (`types::X`, Input, Output, error structs). */
  private structure(s: StructureInfo, builderPath: string, extra: string[] = []): string {
    const plans = s.members.map((m) => this.plan(s, m));
    const isError = s.role === "error";
    const lines: string[] = [];
    lines.push("#[non_exhaustive]");
    lines.push(`pub struct ${s.name} {`);
    for (const p of plans) lines.push(`    pub ${p.name}: ${p.field},`);
    lines.push("    _private: (),");
    lines.push("}");
    lines.push(`impl ${s.name} {`);
    let messageReturn: string | undefined;
    for (const p of plans) {
      if (isError && p.name === "message") {
        messageReturn = p.returns;
        continue;
      }
      lines.push(`    pub fn ${p.name}(&self) -> ${p.returns} ${TODO}`);
    }
    if (isError)
      lines.push(`    pub fn message(&self) -> ${messageReturn ?? "::std::option::Option<&str>"} ${TODO}`);
    lines.push(`    pub fn builder() -> crate::${builderPath} ${TODO}`);
    lines.push(...extra);
    lines.push("}");
    const streaming = plans.some((p) => p.streaming);
    lines.push(streaming ? `__impl_debug!(${s.name});` : `__impl_cpd!(${s.name});`);
    if (isError) lines.push(`__impl_error!(${s.name});`);
    if (s.role === "output") lines.push(`__impl_request_id!(${s.name});`);
    return lines.join("\n");
  }

  private builder(s: StructureInfo, builderName: string, extra: string[] = []): string {
    const plans = s.members.map((m) => this.plan(s, m));
    const built = `crate::${s.path}`;
    const ret =
      s.role === "input" || s.buildReturnsResult
        ? `::std::result::Result<${built}, ::aws_smithy_types::error::operation::BuildError>`
        : built;
    const lines: string[] = [];
    lines.push("#[non_exhaustive]");
    lines.push(`pub struct ${builderName} {`);
    lines.push("    _private: (),");
    lines.push("}");
    lines.push(`impl ${builderName} {`);
    lines.push(...this.setters(plans));
    if (s.role === "error") {
      lines.push(`    pub fn meta(self, meta: ::aws_smithy_types::error::ErrorMetadata) -> Self ${TODO}`);
      lines.push(
        `    pub fn set_meta(&mut self, meta: ::std::option::Option<::aws_smithy_types::error::ErrorMetadata>) -> &mut Self ${TODO}`,
      );
    }
    lines.push(`    pub fn build(self) -> ${ret} ${TODO}`);
    lines.push(...extra);
    lines.push("}");
    const streaming = plans.some((p) => p.streaming);
    lines.push(streaming ? `__impl_debug!(${builderName});` : `__impl_cpd!(${builderName});`);
    lines.push(`__impl_default!(${builderName});`);
    return lines.join("\n");
  }

  // ---------------------------------------------------------------- types

  private enumDef(e: EnumInfo): string {
    const lines: string[] = ["#[non_exhaustive]", `pub enum ${e.name} {`];
    for (const v of e.variants) lines.push(`    ${v.variant},`);
    lines.push(
      '    #[deprecated(note = "Don\'t directly match on `Unknown`. See the docs on this enum for the correct way to handle unknown variants.")]',
    );
    lines.push("    Unknown(crate::primitives::sealed_enum_unknown::UnknownVariantValue),");
    lines.push("}");
    lines.push(`__impl_enum!(${e.name}, [${e.variants.map((v) => rustString(v.value)).join(", ")}]);`);
    return lines.join("\n");
  }

  private unionDef(u: UnionInfo): string {
    const lines: string[] = ["#[non_exhaustive]", `pub enum ${u.name} {`];
    const helpers: string[] = [];
    for (const v of u.variants) {
      if (v.unit) {
        lines.push(`    ${v.variant},`);
        helpers.push(`    pub fn ${v.asHelper}(&self) -> ::std::result::Result<(), &Self> ${TODO}`);
      } else {
        let t = unionVariantType(v.rustType, v.type);
        if (this.boxes.has(`${u.shapeId}|${v.member}`)) t = boxType(t);
        const ty = renderQualified(t);
        lines.push(`    ${v.variant}(${ty}),`);
        helpers.push(`    pub fn ${v.asHelper}(&self) -> ::std::result::Result<&${ty}, &Self> ${TODO}`);
      }
      helpers.push(`    pub fn ${v.isHelper}(&self) -> bool ${TODO}`);
    }
    lines.push("    #[non_exhaustive]");
    lines.push("    Unknown,");
    lines.push("}");
    lines.push(`impl ${u.name} {`);
    lines.push(...helpers);
    lines.push(`    pub fn is_unknown(&self) -> bool ${TODO}`);
    lines.push("}");
    lines.push(`__impl_cpd!(${u.name});`);
    return lines.join("\n");
  }

  private typesFile(): string {
    const top: string[] = [];
    const builders: string[] = [];
    const errors: string[] = [];
    const errorBuilders: string[] = [];
    for (const s of this.structs) {
      if (s.role === "type" && s.path.startsWith("types::") && !s.path.startsWith("types::error::")) {
        top.push(this.structure(s, `types::builders::${s.name}Builder`));
        builders.push(this.builder(s, `${s.name}Builder`));
      } else if (s.role === "error" || s.path.startsWith("types::error::")) {
        errors.push(this.structure({ ...s, role: "error" }, `types::error::builders::${s.name}Builder`));
        errorBuilders.push(this.builder({ ...s, role: "error" }, `${s.name}Builder`));
      }
    }
    // Event-stream error enums (`types::error::<Union>Error`): referenced by EventReceiver/Sender
    // fields; their modelled error members are not in ServiceApi, so only `Unhandled` is generated.
    const known = new Set(this.structs.map((s) => s.path));
    const streamErrors = new Set<string>();
    for (const s of this.structs) {
      for (const m of s.members) {
        for (const x of m.fieldType.matchAll(/crate::types::error::([A-Za-z0-9_]+)/g)) {
          if (!known.has(`types::error::${x[1]!}`)) streamErrors.add(x[1]!);
        }
      }
    }
    for (const name of [...streamErrors].sort()) {
      errors.push(
        [
          "#[non_exhaustive]",
          `pub enum ${name} {`,
          '    #[deprecated(note = "Matching `Unhandled` directly is not forwards compatible. Instead, match using a variable wildcard pattern and check `.code()`.")]',
          "    Unhandled(crate::error::sealed_unhandled::Unhandled),",
          "}",
          `__impl_debug!(${name});`,
          `__impl_op_error!(${name});`,
        ].join("\n"),
      );
    }
    for (const e of this.enums) top.push(this.enumDef(e));
    for (const u of this.unions) top.push(this.unionDef(u));
    return (
      RUST_HEADER +
      top.join("\n\n") +
      "\n\npub mod builders {\n" +
      builders.join("\n\n") +
      "\n}\n\npub mod error {\n" +
      errors.join("\n\n") +
      "\n\npub mod builders {\n" +
      errorBuilders.join("\n\n") +
      "\n}\n}\n"
    );
  }

  // ---------------------------------------------------------------- operations

  private opError(op: OperationInfo): string {
    const name = lastSeg(op.errorPath);
    const lines: string[] = ["#[non_exhaustive]", `pub enum ${name} {`];
    const seen = new Set<string>();
    const errors = op.errors.filter((e) => !seen.has(e.variant) && seen.add(e.variant));
    for (const e of errors) lines.push(`    ${e.variant}(crate::${e.path}),`);
    lines.push(
      '    #[deprecated(note = "Matching `Unhandled` directly is not forwards compatible. Instead, match using a variable wildcard pattern and check `.code()`.")]',
    );
    lines.push("    Unhandled(crate::error::sealed_unhandled::Unhandled),");
    lines.push("}");
    lines.push(`impl ${name} {`);
    for (const e of errors) lines.push(`    pub fn ${e.helper}(&self) -> bool ${TODO}`);
    lines.push("}");
    lines.push(`__impl_debug!(${name});`);
    lines.push(`__impl_op_error!(${name});`);
    return lines.join("\n");
  }

  private sendResult(op: OperationInfo): string {
    return `::std::result::Result<crate::${op.outputPath}, ${SDK_ERROR}<crate::${op.errorPath}, ${HTTP_RESPONSE}>>`;
  }

  private fluentBuilder(op: OperationInfo): string {
    const name = lastSeg(op.fluentBuilder);
    const inputBuilder = `crate::${parentPath(op.inputPath)}::builders::${op.input.name}Builder`;
    const plans = op.input.members.map((m) => this.plan(op.input, m));
    const lines: string[] = [];
    lines.push(`pub struct ${name} {`);
    lines.push("    _private: (),");
    lines.push("}");
    lines.push(`impl ${name} {`);
    lines.push(`    pub fn as_input(&self) -> &${inputBuilder} ${TODO}`);
    lines.push(`    pub async fn send(self) -> ${this.sendResult(op)} ${TODO}`);
    lines.push(
      `    pub fn customize(self) -> crate::client::customize::CustomizableOperation<crate::${op.outputPath}, crate::${op.errorPath}, Self> ${TODO}`,
    );
    lines.push(
      `    pub fn config_override(self, config_override: impl ::std::convert::Into<crate::config::Builder>) -> Self ${TODO}`,
    );
    lines.push(
      `    pub fn set_config_override(&mut self, config_override: ::std::option::Option<crate::config::Builder>) -> &mut Self ${TODO}`,
    );
    if (op.paginator !== null)
      lines.push(`    pub fn into_paginator(self) -> crate::${op.paginator} ${TODO}`);
    if (PRESIGNABLE.has(op.shapeId)) {
      lines.push(
        `    pub async fn presigned(self, presigning_config: crate::presigning::PresigningConfig) -> ::std::result::Result<crate::presigning::PresignedRequest, ${SDK_ERROR}<crate::${op.errorPath}, ${HTTP_RESPONSE}>> ${TODO}`,
      );
    }
    lines.push(...this.setters(plans));
    lines.push("}");
    lines.push(`__impl_clone!(${name});`);
    lines.push(`__impl_debug!(${name});`);
    return lines.join("\n");
  }

  private paginator(op: OperationInfo): string {
    const name = lastSeg(op.paginator!);
    const itemsName = `${name}Items`;
    const lines: string[] = [];
    const errT = `${SDK_ERROR}<crate::${op.errorPath}, ${HTTP_RESPONSE}>`;
    lines.push(`pub struct ${name} {`, "    _private: (),", "}");
    lines.push(`impl ${name} {`);
    const pag = op.pagination;
    if (pag?.pageSize) {
      const m = op.input.members.find((x) => x.name === pag.pageSize);
      const t = m ? renderQualified(stripOption(fieldTypeOf(m))) : "i32";
      lines.push(`    pub fn page_size(self, limit: ${t}) -> Self ${TODO}`);
    }
    const item = pag?.items ? this.itemType(op, pag.items) : undefined;
    if (item !== undefined) lines.push(`    pub fn items(self) -> ${itemsName} ${TODO}`);
    lines.push(`    pub fn stop_on_duplicate_token(self, stop_on_duplicate_token: bool) -> Self ${TODO}`);
    lines.push(
      `    pub fn send(self) -> ::aws_smithy_async::future::pagination_stream::PaginationStream<::std::result::Result<crate::${op.outputPath}, ${errT}>> ${TODO}`,
    );
    lines.push("}");
    lines.push(`__impl_clone!(${name});`);
    lines.push(`__impl_debug!(${name});`);
    if (item !== undefined) {
      lines.push(`pub struct ${itemsName}(${name});`);
      lines.push(`impl ${itemsName} {`);
      lines.push(
        `    pub fn send(self) -> ::aws_smithy_async::future::pagination_stream::PaginationStream<::std::result::Result<${item}, ${errT}>> ${TODO}`,
      );
      lines.push("}");
    }
    return lines.join("\n");
  }

  /** The item type of a paginator's `items` path (`clusterArns`, `a.b`): list element, or `(K, V)` for a map. */
  private itemType(op: OperationInfo, itemsPath: string): string | undefined {
    let struct: StructureInfo | undefined = op.output;
    const parts = itemsPath.split(".");
    for (let i = 0; i < parts.length; i++) {
      const m: MemberInfo | undefined = struct?.members.find((x) => x.name === parts[i]);
      if (!m || !struct) return undefined;
      if (i === parts.length - 1) {
        const core = stripOption(fieldTypeOf(m));
        if (core.k === "path" && isStd(core, "Vec")) return renderQualified(core.args[0]!);
        if (core.k === "path" && isStd(core, "HashMap"))
          return `(${renderQualified(core.args[0]!)}, ${renderQualified(core.args[1]!)})`;
        return undefined;
      }
      if (m.type.kind !== "structure") return undefined;
      const next: TypeInfo | undefined = this.api.type(m.type.shapeId);
      struct = next?.kind === "structure" ? next : undefined;
    }
    return undefined;
  }

  private operationFile(): string {
    const out: string[] = [RUST_HEADER + "pub use ::aws_types::request_id::RequestId;\n"];
    for (const op of this.ops) {
      const mod = lastSeg(op.module);
      const inputBuilderName = `${op.input.name}Builder`;
      const outputBuilderName = `${op.output.name}Builder`;
      const body: string[] = [];
      body.push(this.structure(op.input, `${op.module}::builders::${inputBuilderName}`));
      body.push(this.structure(op.output, `${op.module}::builders::${outputBuilderName}`));
      body.push(this.opError(op));
      const builders: string[] = [];
      builders.push(
        this.builder(op.input, inputBuilderName, [
          `    pub async fn send_with(self, client: &crate::Client) -> ${this.sendResult(op)} ${TODO}`,
        ]),
      );
      builders.push(this.builder(op.output, outputBuilderName));
      builders.push(this.fluentBuilder(op));
      body.push(`pub mod builders {\n${builders.join("\n\n")}\n}`);
      if (op.paginator !== null) body.push(`pub mod paginator {\n${this.paginator(op)}\n}`);
      out.push(`pub mod ${mod} {\n${body.join("\n\n")}\n}\n`);
    }
    return out.join("\n");
  }

  // ---------------------------------------------------------------- client, config, errors

  private clientFile(): string {
    const lines: string[] = [RUST_HEADER];
    lines.push("pub struct Client {");
    lines.push("    handle: ::std::sync::Arc<()>,");
    lines.push("}");
    lines.push("__impl_clone!(Client);");
    lines.push("__impl_debug!(Client);");
    lines.push("impl Client {");
    lines.push(`    pub fn new(sdk_config: &::aws_types::SdkConfig) -> Self ${TODO}`);
    lines.push(`    pub fn from_conf(conf: crate::Config) -> Self ${TODO}`);
    lines.push(`    pub fn config(&self) -> &crate::Config ${TODO}`);
    for (const op of this.ops)
      lines.push(`    pub fn ${op.method}(&self) -> crate::${op.fluentBuilder} ${TODO}`);
    lines.push("}");
    lines.push(serviceTemplate("customize"));
    if (this.waiters.length > 0) {
      lines.push("pub trait Waiters {");
      for (const w of this.waiters)
        lines.push(`    fn ${w.method}(&self) -> crate::${w.module}::${w.fluentBuilder};`);
      lines.push("}");
      lines.push("impl Waiters for Client {");
      for (const w of this.waiters)
        lines.push(`    fn ${w.method}(&self) -> crate::${w.module}::${w.fluentBuilder} ${TODO}`);
      lines.push("}");
    }
    return lines.join("\n") + "\n";
  }

  private configFile(): string {
    const extra: string[] = [];
    for (const p of this.options.clientContextParams ?? []) {
      const snake = toSnakeCase(p.name);
      const t = p.type === "boolean" ? "bool" : "::std::string::String";
      extra.push(`    pub fn ${snake}(self, ${snake}: impl ::std::convert::Into<${t}>) -> Self ${TODO}`);
      extra.push(
        `    pub fn set_${snake}(&mut self, ${snake}: ::std::option::Option<${t}>) -> &mut Self ${TODO}`,
      );
    }
    return (
      RUST_HEADER +
      serviceTemplate("config").replace(
        "    // @extra-builder-methods\n",
        extra.map((l) => l + "\n").join(""),
      )
    );
  }

  private errorFile(): string {
    return RUST_HEADER + serviceTemplate("error");
  }

  private errorMetaFile(): string {
    const errors = this.structs.filter((s) => s.role === "error" || s.path.startsWith("types::error::"));
    const seen = new Set<string>();
    const variants: { name: string; path: string }[] = [];
    for (const e of errors) {
      if (seen.has(e.name)) continue;
      seen.add(e.name);
      variants.push({ name: e.name, path: e.path });
    }
    const lines: string[] = [RUST_HEADER, "#[non_exhaustive]", "pub enum Error {"];
    for (const v of variants) lines.push(`    ${v.name}(crate::${v.path}),`);
    lines.push(
      '    #[deprecated(note = "Matching `Unhandled` directly is not forwards compatible. Instead, match using a variable wildcard pattern and check `.code()`.")]',
    );
    lines.push("    Unhandled(crate::error::sealed_unhandled::Unhandled),");
    lines.push("}");
    lines.push("__impl_debug!(Error);");
    lines.push("__impl_error!(Error);");
    lines.push("impl Error {");
    lines.push(`    pub fn meta(&self) -> &::aws_smithy_types::error::ErrorMetadata ${TODO}`);
    lines.push("}");
    for (const op of this.ops) {
      lines.push(
        `impl<R> ::std::convert::From<${SDK_ERROR}<crate::${op.errorPath}, R>> for Error where R: ::std::marker::Send + ::std::marker::Sync + ::std::fmt::Debug + 'static {`,
      );
      lines.push(`    fn from(err: ${SDK_ERROR}<crate::${op.errorPath}, R>) -> Self ${TODO}`);
      lines.push("}");
      lines.push(`impl ::std::convert::From<crate::${op.errorPath}> for Error {`);
      lines.push(`    fn from(err: crate::${op.errorPath}) -> Self ${TODO}`);
      lines.push("}");
    }
    lines.push(
      `impl<O, E> ::std::convert::From<::aws_smithy_runtime_api::client::waiters::error::WaiterError<O, E>> for Error`,
    );
    lines.push("where");
    lines.push("    O: ::std::fmt::Debug + ::std::marker::Send + ::std::marker::Sync + 'static,");
    lines.push("    E: ::std::error::Error + ::std::marker::Send + ::std::marker::Sync + 'static,");
    lines.push("{");
    lines.push(
      `    fn from(err: ::aws_smithy_runtime_api::client::waiters::error::WaiterError<O, E>) -> Self ${TODO}`,
    );
    lines.push("}");
    lines.push(`impl ::std::convert::From<::aws_smithy_types::error::operation::BuildError> for Error {`);
    lines.push(`    fn from(err: ::aws_smithy_types::error::operation::BuildError) -> Self ${TODO}`);
    lines.push("}");
    return lines.join("\n") + "\n";
  }

  private primitivesFile(): string {
    const p = this.api.primitives();
    const lines: string[] = [RUST_HEADER];
    if (p.blob) lines.push("pub use ::aws_smithy_types::Blob;");
    if (p.dateTime) {
      lines.push("pub use ::aws_smithy_types::DateTime;");
      lines.push("pub use ::aws_smithy_types::date_time::Format as DateTimeFormat;");
    }
    if (p.byteStream) {
      lines.push("pub use ::aws_smithy_types::body::SdkBody;");
      lines.push(
        "pub use ::aws_smithy_types::byte_stream::{AggregatedBytes, ByteStream, FsBuilder, Length};",
      );
      lines.push("pub use ::aws_smithy_types::byte_stream::error::Error as ByteStreamError;");
    }
    if (p.eventStream) {
      lines.push("pub mod event_stream {");
      lines.push("    pub use ::aws_smithy_http::event_stream::EventStreamSender;");
      lines.push("    pub use ::aws_smithy_types::event_stream::{Header, HeaderValue, Message, RawMessage};");
      lines.push("    pub use ::aws_smithy_types::str_bytes::StrBytes;");
      lines.push("    pub use crate::event_receiver::EventReceiver;");
      lines.push("}");
    }
    lines.push(serviceTemplate("sealed-enum-unknown"));
    return lines.join("\n") + "\n";
  }

  private waitersFile(): string {
    const out: string[] = [RUST_HEADER];
    for (const w of this.waiters) {
      const op = this.ops.find((o) => o.name === w.operation);
      if (!op) continue;
      const pascal = w.fluentBuilder.replace(/FluentBuilder$/, "");
      const finalPoll = `WaitUntil${pascal}FinalPoll`;
      const errName = `WaitUntil${pascal}Error`;
      const plans = op.input.members.map((m) => this.plan(op.input, m));
      const lines: string[] = [];
      lines.push(`pub struct ${w.fluentBuilder} {`, "    _private: (),", "}");
      lines.push(`impl ${w.fluentBuilder} {`);
      lines.push(
        `    pub fn as_input(&self) -> &crate::${parentPath(op.inputPath)}::builders::${op.input.name}Builder ${TODO}`,
      );
      lines.push(
        `    pub async fn wait(self, max_wait: ::std::time::Duration) -> ::std::result::Result<${finalPoll}, ${errName}> ${TODO}`,
      );
      lines.push(...this.setters(plans));
      lines.push("}");
      lines.push(`__impl_clone!(${w.fluentBuilder});`);
      lines.push(`__impl_debug!(${w.fluentBuilder});`);
      lines.push(
        `pub type ${finalPoll} = ::aws_smithy_runtime_api::client::waiters::FinalPoll<crate::${op.outputPath}, ${SDK_ERROR}<crate::${op.errorPath}, ${HTTP_RESPONSE}>>;`,
      );
      lines.push(
        `pub type ${errName} = ::aws_smithy_runtime_api::client::waiters::error::WaiterError<crate::${op.outputPath}, crate::${op.errorPath}>;`,
      );
      out.push(`pub mod ${lastSeg(w.module)} {\n${lines.join("\n")}\n}\n`);
    }
    return out.join("\n");
  }
}

/** Generate the `aws-sdk-<svc>` facade crate. */
export function generateServiceCrate(api: ServiceApi, options: ServiceCrateOptions = {}): GeneratedCrate {
  return new ServiceCrateGenerator(api, options).generate();
}
