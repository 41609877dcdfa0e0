export { typeModule, type TypedModule } from "./type-module.js";
export type { TypeOptions } from "./context.js";
export { RESPONSE_METADATA, isResponseMetadata } from "./sdk-type.js";
export { raisingCall } from "./type-errors.js";
