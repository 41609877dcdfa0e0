/**
 * Modelled errors of an operation (SDK-RULES §6): the variant of `<Op>Error`, its `is_*` helper,
 * the wire code (`awsQueryError` code when present, else the shape name) and `@httpError`.
 */
import type { ErrorInfo } from "./api.js";
import { isRecord, shapeName } from "./model.js";
import { errorHelperName } from "./rust-names.js";
import type { Symbols } from "./symbols.js";

export function errorInfo(symbols: Symbols, errorId: string): ErrorInfo {
  const shape = symbols.model.expect(errorId);
  const name = shapeName(errorId);
  const variant = symbols.typeName(shape);
  const query = shape.traits["aws.protocols#awsQueryError"];
  const code = isRecord(query) && typeof query.code === "string" ? query.code : name;
  const status = shape.traits["smithy.api#httpError"];
  return {
    name,
    code,
    helper: errorHelperName(variant),
    shapeId: errorId,
    path: symbols.typePath(errorId) ?? `types::error::${variant}`,
    variant,
    httpStatus: typeof status === "number" ? status : null,
  };
}
