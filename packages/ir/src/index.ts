export * from "./span.js";
export * from "./diagnostic.js";
export * from "./types.js";
export * from "./nodes.js";
export * from "./walk.js";
export * from "./report.js";
export * from "./dump.js";
export * from "./facts.js";
