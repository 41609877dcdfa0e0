/** A model file that exists but is broken names itself and the place: never "unknown service". */
import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { openModels } from "../src/repository.js";
import { formatModelFileError, jsonErrorPosition } from "../src/model-loader.js";
import { op, service, tempModelsRoot, writeModel } from "./fixtures.js";

const NS = "com.example";
const shapes = { [`${NS}#Svc`]: service("ECS", [`${NS}#Ping`]), [`${NS}#Ping`]: op(null, null) };

function broken(text: string) {
  const root = tempModelsRoot();
  const file = writeModel(root, "ecs", shapes, "2014-11-13");
  writeFileSync(file, text);
  const repo = openModels(root);
  return { repo, file };
}

describe("malformed model files", () => {
  const valid = JSON.stringify({ smithy: "2.0", shapes }, null, 2);

  it.each([
    ["truncated", valid.slice(0, 120), /not valid JSON/],
    ["empty", "", /empty/],
    ["whitespace only", "  \n", /empty/],
    ["an empty object", "{}", /not a Smithy JSON AST \(no "smithy" version\)/],
    ["a JSON array", "[1, 2]", /not a Smithy JSON AST/],
    ["without a service shape", JSON.stringify({ smithy: "2.0", shapes: {} }), /no service shape/],
  ])("%s: the repository lists the file with the reason, and service() is undefined", (_, text, reason) => {
    const { repo, file } = broken(text);
    expect(repo.service("ecs")).toBeUndefined();
    expect(repo.service("ECS")).toBeUndefined();
    const [m, ...rest] = repo.malformed();
    expect(rest).toEqual([]);
    expect(m!.path).toBe(file);
    expect(m!.message).toMatch(reason);
    expect(repo.problem("ecs")).toBe(formatModelFileError(m!));
  });

  it("gives the line and column of a JSON syntax error", () => {
    const { repo, file } = broken('{\n  "smithy": "2.0",\n  "shapes": {\n    oops\n');
    repo.service("ecs");
    expect(repo.malformed()[0]).toMatchObject({ path: file, line: 4, col: 5 });
    expect(repo.problem("ecs")).toMatch(new RegExp(`^${file}:4:5: malformed model file: not valid JSON`));
  });

  it("a truncated file's error is at its end", () => {
    const text = valid.slice(0, 150);
    const { repo } = broken(text);
    repo.service("ecs");
    const lines = text.split("\n");
    const m = repo.malformed()[0]!;
    expect(m.line).toBe(lines.length);
    expect(m.col).toBeGreaterThan(0);
    expect(m.col).toBeLessThanOrEqual(lines.at(-1)!.length + 1);
  });

  it("reads V8's offset and the newer (line N column M) form alike", () => {
    expect(jsonErrorPosition("ab\ncd", new Error("Unexpected token c in JSON at position 3"))).toEqual({
      line: 2,
      col: 1,
    });
    expect(jsonErrorPosition("", new Error("Unexpected end of JSON input"))).toEqual({ line: 1, col: 1 });
    expect(
      jsonErrorPosition("x", new Error("Unexpected token in JSON at position 9 (line 7 column 2)")),
    ).toEqual({ line: 7, col: 2 });
  });

  it("a good model loads under any case of any alias, and nothing is listed as malformed", () => {
    const root = tempModelsRoot();
    writeModel(root, "ecs", shapes, "2014-11-13");
    const repo = openModels(root);
    for (const name of ["ecs", "ECS", "aws-sdk-ecs", "AWS_SDK_ECS", "Ecs"]) {
      expect(repo.service(name)?.info.boto3, name).toBe("ecs");
    }
    expect(repo.malformed()).toEqual([]);
  });
});
