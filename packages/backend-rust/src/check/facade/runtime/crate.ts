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

/** Crate attributes shared by every facade library. */
export const CRATE_ATTRS =
  '#![allow(warnings)]\n#![allow(clippy::all)]\n#![recursion_limit = "256"]\n\n' +
  '#[doc(hidden)]\n#[inline(always)]\npub fn __todo() -> ! {\n    ::core::panic!("moto2rust facade: signatures only")\n}\n\n';
