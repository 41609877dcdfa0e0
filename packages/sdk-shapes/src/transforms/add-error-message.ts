/**
 * smithy-rs `AddErrorMessage`: an `@error` structure with no `message`/`Message` member gets a
 * `Message` member targeting `smithy.api#String`.
 */
import { hasTrait, type Model } from "../model.js";

export function addErrorMessage(model: Model): void {
  for (const shape of model.shapes.values()) {
    if (shape.type !== "structure" || !hasTrait(shape.traits, "smithy.api#error")) continue;
    if (shape.members.some((m) => m.name === "message" || m.name === "Message")) continue;
    shape.members.push({
      name: "Message",
      container: shape.id,
      target: "smithy.api#String",
      traits: {},
      boxed: false,
    });
  }
}
