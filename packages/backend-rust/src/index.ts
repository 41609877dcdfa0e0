/**
 * backend-rust, by concern: `emit/` (typed IR → Rust), `read/` (tree-sitter-rust), `inventory/`
 * (what an existing winterbaume crate already has), `check/` (facade crates + `cargo check`).
 */
export * from "./emit/index.js";
export * from "./read/index.js";
export * from "./inventory/index.js";
export * from "./check/facade/index.js";
export * from "./check/index.js";
