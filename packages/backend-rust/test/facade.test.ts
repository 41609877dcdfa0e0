/** Facade generation: determinism, fidelity of the generated signatures, workspace layout, type strings. */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { openModels } from "@moto2rust/sdk-shapes";
import {
  findModelFile,
  generateFacade,
  generateFacadeWorkspace,
  qualifyRustType,
  readModelExtras,
  scanWinterbaumeUses,
  supportCrates,
  workspaceFiles,
} from "../src/check/facade/index.js";
import { rustString } from "../src/check/facade/service-crate.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const modelsRoot = path.resolve(here, "../../../../shared/api-models-aws");

function facadeOf(name: string) {
  const repo = openModels(modelsRoot);
  const svc = repo.service(name);
  if (!svc) throw new Error(`no model for ${name}`);
  return generateFacade(svc, { modelFile: findModelFile(modelsRoot, svc.info.modelsDir) });
}

describe("generateFacade", () => {
  it("is deterministic (fresh repositories, same bytes)", () => {
    for (const name of ["ecs", "dynamodb", "s3"]) {
      const a = facadeOf(name);
      const b = facadeOf(name);
      expect(Object.keys(a.files).sort()).toEqual(Object.keys(b.files).sort());
      for (const k of Object.keys(a.files)) expect(a.files[k], `${name} ${k}`).toBe(b.files[k]);
    }
  });

  it("names the crate after the service and marks the output as signatures only", () => {
    const ecs = facadeOf("ecs");
    expect(ecs.name).toBe("aws-sdk-ecs");
    expect(ecs.lib).toBe("aws_sdk_ecs");
    expect(ecs.files["src/lib.rs"]).toContain("signatures only, for type-checking");
    expect(ecs.files["src/lib.rs"]).toContain("pub use client::Client;");
  });

  it("mirrors accessor return types, setters and build() fallibility", () => {
    const ecs = facadeOf("ecs");
    const types = ecs.files["src/types.rs"]!;
    expect(types).toContain("pub fn cluster_name(&self) -> ::std::option::Option<&str>");
    expect(types).toContain("pub fn running_tasks_count(&self) -> i32");
    expect(types).toContain("pub fn tags(&self) -> &[crate::types::Tag]");
    // Tag has no required member: build() returns the value; appending list setter on the fluent builder.
    expect(types).toMatch(/pub struct TagBuilder[\s\S]*?pub fn build\(self\) -> crate::types::Tag \{/);
    const ops = ecs.files["src/operation.rs"]!;
    expect(ops).toContain("pub fn tags(self, input: crate::types::Tag) -> Self");
    expect(ops).toContain(
      "pub fn cluster_name(self, input: impl ::std::convert::Into<::std::string::String>) -> Self",
    );
    expect(ops).toContain(
      "pub fn set_tags(self, input: ::std::option::Option<::std::vec::Vec<crate::types::Tag>>) -> Self",
    );
    expect(ops).toContain(
      "pub fn get_tags(&self) -> &::std::option::Option<::std::vec::Vec<crate::types::Tag>>",
    );
    expect(ops).toContain("pub fn is_cluster_not_found_exception(&self) -> bool");
    expect(ops).toMatch(
      /pub async fn send\(self\) -> ::std::result::Result<crate::operation::create_cluster::CreateClusterOutput, ::aws_smithy_runtime_api::client::result::SdkError<crate::operation::create_cluster::CreateClusterError, /,
    );
    expect(ops).toContain(
      "pub fn into_paginator(self) -> crate::operation::list_clusters::paginator::ListClustersPaginator",
    );
    // Operation inputs are always fallible.
    expect(ops).toMatch(
      /pub struct CreateClusterInputBuilder[\s\S]*?pub fn build\(self\) -> ::std::result::Result<crate::operation::create_cluster::CreateClusterInput, ::aws_smithy_types::error::operation::BuildError>/,
    );
    const iam = facadeOf("iam").files["src/types.rs"]!;
    expect(iam).toContain("pub fn user_name(&self) -> &str");
    expect(iam).toContain("pub fn create_date(&self) -> &::aws_smithy_types::DateTime");
    expect(iam).toMatch(
      /pub struct TagBuilder[\s\S]*?pub fn build\(self\) -> ::std::result::Result<crate::types::Tag, ::aws_smithy_types::error::operation::BuildError>/,
    );
  });

  it("generates enums with Unknown, values() and unions with as_/is_ helpers", () => {
    const ddb = facadeOf("dynamodb").files["src/types.rs"]!;
    expect(ddb).toMatch(
      /pub enum KeyType \{\n    Hash,\n    Range,\n[^}]*Unknown\(crate::primitives::sealed_enum_unknown::UnknownVariantValue\),/,
    );
    expect(ddb).toContain('__impl_enum!(KeyType, ["HASH", "RANGE"]);');
    expect(ddb).toContain("    S(::std::string::String),");
    expect(ddb).toContain("    B(::aws_smithy_types::Blob),");
    expect(ddb).toContain("    L(::std::vec::Vec<crate::types::AttributeValue>),");
    expect(ddb).toContain("pub fn as_s(&self) -> ::std::result::Result<&::std::string::String, &Self>");
    expect(ddb).toContain("pub fn is_null(&self) -> bool");
    expect(ddb).toMatch(/pub enum AttributeValue \{[\s\S]*?#\[non_exhaustive\]\n    Unknown,\n\}/);
  });

  it("adds streaming bodies, presigning and client context params for s3", () => {
    const s3 = facadeOf("s3");
    const ops = s3.files["src/operation.rs"]!;
    expect(ops).toContain("pub body: ::aws_smithy_types::byte_stream::ByteStream,");
    expect(ops).toContain(
      "pub async fn presigned(self, presigning_config: crate::presigning::PresigningConfig)",
    );
    expect(s3.files["src/presigning.rs"]).toBeDefined();
    expect(s3.files["src/config.rs"]).toContain(
      "pub fn force_path_style(self, force_path_style: impl ::std::convert::Into<bool>) -> Self",
    );
    expect(s3.files["src/primitives.rs"]).toContain("ByteStream");
    // Outputs with a stream are not Clone/PartialEq.
    expect(ops).toContain("__impl_debug!(GetObjectOutput);");
  });

  it("reads client context params from the model file", () => {
    const s3 = findModelFile(modelsRoot, "s3");
    expect(s3).toBeDefined();
    const names = readModelExtras(s3).clientContextParams.map((p) => p.name);
    expect(names).toContain("ForcePathStyle");
    expect(readModelExtras(undefined).clientContextParams).toEqual([]);
  });

  it("generates waiters behind client::Waiters", () => {
    const ecs = facadeOf("ecs");
    expect(ecs.files["src/client.rs"]).toContain("pub trait Waiters {");
    expect(ecs.files["src/waiters.rs"]).toContain("pub async fn wait(self, max_wait: ::std::time::Duration)");
  });
});

describe("workspace layout", () => {
  it("has only path dependencies and a harness depending on every library crate", () => {
    const repo = openModels(modelsRoot);
    const files = generateFacadeWorkspace({
      services: [repo.service("sqs")!],
      modelsRoot,
      winterbaume: new Map([["sqs", new Set(["SqsService"])]]),
    });
    for (const [rel, content] of Object.entries(files)) {
      if (!rel.endsWith("Cargo.toml")) continue;
      for (const line of content.split("\n")) {
        if (
          /^[a-z0-9_-]+ = /.test(line) &&
          !/^(name|version|edition|publish|path|resolver|members|debug|incremental|doctest|test|proc-macro)/.test(
            line,
          )
        ) {
          expect(line, rel).toMatch(/= \{ path = "/);
        }
      }
    }
    expect(files["harness/Cargo.toml"]).toContain('aws-sdk-sqs = { path = "../crates/aws-sdk-sqs" }');
    expect(files["harness/Cargo.toml"]).toContain('winterbaume-sqs = { path = "../crates/winterbaume-sqs" }');
    expect(files["harness/Cargo.toml"]).not.toContain("tokio-macros");
    expect(files["crates/winterbaume-sqs/src/lib.rs"]).toContain("pub struct SqsService");
    expect(files["crates/tokio-macros/Cargo.toml"]).toContain("proc-macro = true");
  });

  it("rejects a dependency on an unknown crate", () => {
    expect(() => workspaceFiles([{ name: "a", lib: "a", deps: ["missing"], files: {} }])).toThrow(
      /unknown crate/,
    );
  });

  it("declares only dependencies that exist", () => {
    const names = new Set(supportCrates().map((c) => c.name));
    for (const c of supportCrates())
      for (const d of c.deps) expect(names.has(d), `${c.name} -> ${d}`).toBe(true);
  });
});

describe("helpers", () => {
  it("finds the winterbaume service structs a test file uses", () => {
    const uses = scanWinterbaumeUses(
      [
        "use winterbaume_core::MockAws;",
        "use winterbaume_ecs::EcsService;",
        "use winterbaume_iam::{IamService, IamStateView as V};",
        "let s = winterbaume_sqs::SqsService::new();",
      ].join("\n"),
    );
    expect([...uses.keys()].sort()).toEqual(["ecs", "iam", "sqs"]);
    expect([...uses.get("iam")!].sort()).toEqual(["IamService", "IamStateView"]);
  });

  it("qualifies normalised type strings so module-local names cannot shadow them", () => {
    expect(qualifyRustType("Option<&HashMap<String, crate::types::AttributeValue>>")).toBe(
      "::std::option::Option<&::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>>",
    );
    expect(qualifyRustType("&[crate::types::Option]")).toBe("&[crate::types::Option]");
    expect(qualifyRustType("aws_smithy_types::DateTime")).toBe("::aws_smithy_types::DateTime");
    expect(qualifyRustType("::std::option::Option<i32>")).toBe("::std::option::Option<i32>");
    expect(qualifyRustType("Vec::<Box<crate::types::X>>")).toBe(
      "::std::vec::Vec<::std::boxed::Box<crate::types::X>>",
    );
  });
});

describe("rustString", () => {
  it("writes valid Rust string literals", () => {
    expect(rustString('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(rustString("x\ny\u0001")).toBe('"x\\ny\\u{1}"');
    expect(rustString("python3.12")).toBe('"python3.12"');
  });
});
