/** Reading Rust: the shared tree-sitter-rust loader, function ranges and syntax errors. */
export * from "./rust-parser.js";
