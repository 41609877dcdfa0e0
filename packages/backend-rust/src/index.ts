export * from "./rust-parser.js";
