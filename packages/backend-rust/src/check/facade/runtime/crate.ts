import { runtimeFile } from "./files.js";

/** A hand-written support crate of the facade workspace (aws-smithy-types, tokio, ...). */
export interface SupportCrate {
  /** Cargo package name (`aws-smithy-types`). */
  readonly name: string;
  /** Library crate name (`aws_smithy_types`). */
  readonly lib: string;
  /** Package names this crate depends on (all facade crates, by path). */
  readonly deps: readonly string[];
  readonly procMacro?: boolean;
  /** Paths relative to the crate root (`src/lib.rs`) → content. */
  readonly files: Readonly<Record<string, string>>;
}

/** First lines of every generated Rust file. */
export const RUST_HEADER =
  "// moto2rust API facade: signatures only, for type-checking with `cargo check`.\n" +
  "// Generated; every body is a placeholder that is never run. Do not edit.\n";

/** Crate attributes shared by every generated facade library (`templates/crate-attrs.rs`), then a blank line. */
export function crateAttrs(): string {
  return runtimeFile("templates/crate-attrs.rs") + "\n";
}
