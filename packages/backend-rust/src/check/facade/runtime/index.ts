import type { SupportCrate } from "./crate.js";
import { runtimeFile } from "./files.js";

export type { SupportCrate } from "./crate.js";
export { winterbaumeServiceCrate } from "./winterbaume.js";

type CrateSpec = Omit<SupportCrate, "files">;

/** Every hand-written support crate (`facade-runtime/crates/<name>/src/lib.rs`), in dependency order. */
const SPECS: readonly CrateSpec[] = [
  { name: "bytes", lib: "bytes", deps: [] },
  { name: "aws-smithy-types", lib: "aws_smithy_types", deps: ["bytes"] },
  { name: "aws-smithy-async", lib: "aws_smithy_async", deps: [] },
  { name: "aws-smithy-runtime-api", lib: "aws_smithy_runtime_api", deps: ["aws-smithy-types"] },
  { name: "aws-smithy-http", lib: "aws_smithy_http", deps: ["aws-smithy-types"] },
  { name: "aws-credential-types", lib: "aws_credential_types", deps: [] },
  {
    name: "aws-types",
    lib: "aws_types",
    deps: ["aws-smithy-types", "aws-smithy-runtime-api", "aws-credential-types"],
  },
  {
    name: "aws-config",
    lib: "aws_config",
    deps: ["aws-smithy-types", "aws-smithy-runtime-api", "aws-credential-types", "aws-types"],
  },
  { name: "tokio-macros", lib: "tokio_macros", deps: [], procMacro: true },
  { name: "tokio", lib: "tokio", deps: ["tokio-macros"] },
  { name: "serde_json", lib: "serde_json", deps: [] },
  { name: "uuid", lib: "uuid", deps: [] },
  { name: "regex", lib: "regex", deps: [] },
  {
    name: "winterbaume-core",
    lib: "winterbaume_core",
    deps: ["aws-config", "aws-credential-types", "aws-smithy-runtime-api"],
  },
];

/** The support crates with their sources, read from `facade-runtime/crates/`. */
export function readSupportCrates(): SupportCrate[] {
  return SPECS.map((spec) => ({
    ...spec,
    files: { "src/lib.rs": runtimeFile(`crates/${spec.name}/src/lib.rs`) },
  }));
}
