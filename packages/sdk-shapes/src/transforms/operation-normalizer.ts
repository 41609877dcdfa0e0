/**
 * smithy-rs `OperationNormalizer`: every operation gets its own synthetic Input and Output
 * structure, copied from the modelled one (or empty), and the operation points at them. The Input
 * gets `@input` when the model lacks it. Ids follow this package's contract: `<operation id>$Input`
 * and `<operation id>$Output` (smithy-rs itself uses `<namespace>.synthetic#<Op>Input`).
 */
import { emptyShape, hasTrait, type Model, type Shape } from "../model.js";

export function syntheticInputId(operationId: string): string {
  return `${operationId}$Input`;
}

export function syntheticOutputId(operationId: string): string {
  return `${operationId}$Output`;
}

function synthesize(model: Model, op: Shape, role: "input" | "output"): Shape {
  const id = role === "input" ? syntheticInputId(op.id) : syntheticOutputId(op.id);
  const originalId = role === "input" ? op.input : op.output;
  const original = originalId ? model.get(originalId) : undefined;
  const shape = emptyShape(id, "structure");
  if (original && original.type === "structure") {
    shape.traits = { ...original.traits };
    shape.members = original.members.map((m) => ({ ...m, container: id, traits: { ...m.traits } }));
  }
  if (role === "input" && !hasTrait(shape.traits, "smithy.api#input")) shape.traits["smithy.api#input"] = {};
  shape.synthetic = { role, operation: op.id, originalId: original ? originalId : null };
  return shape;
}

export function normalizeOperations(model: Model): void {
  for (const op of model.ofType("operation")) {
    const input = synthesize(model, op, "input");
    const output = synthesize(model, op, "output");
    model.add(input);
    model.add(output);
    op.input = input.id;
    op.output = output.id;
  }
}
