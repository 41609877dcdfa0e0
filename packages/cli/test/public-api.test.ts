/**
 * Guards the library contract: the declarations `import { ... } from "moto2rust"` exposes.
 * A change here is a change to users' code; update the golden file deliberately
 * (UPDATE_GOLDEN=1) and say so in the commit.
 */
import { describe, expect, it } from "vitest";
import { Project, Node } from "ts-morph";
import { fileURLToPath } from "node:url";
import { readFileSync, writeFileSync } from "node:fs";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const golden = fileURLToPath(new URL("./public-api.golden.txt", import.meta.url));

function publicSurface(): string {
  const project = new Project({ tsConfigFilePath: `${root}/packages/cli/tsconfig.json` });
  const index = project.getSourceFileOrThrow(`${root}/packages/cli/src/index.ts`);
  const lines: string[] = [];
  for (const [name, decls] of [...index.getExportedDeclarations()].sort((a, b) => a[0].localeCompare(b[0]))) {
    for (const d of decls) {
      if (Node.isFunctionDeclaration(d)) {
        const params = d
          .getParameters()
          .map((p) => `${p.getName()}${p.isOptional() ? "?" : ""}: ${p.getType().getText(d)}`);
        lines.push(`function ${name}(${params.join(", ")}): ${d.getReturnType().getText(d)}`);
      } else if (Node.isInterfaceDeclaration(d)) {
        lines.push(`interface ${name} {`);
        for (const p of d.getProperties()) {
          lines.push(
            `  ${p.isReadonly() ? "readonly " : ""}${p.getName()}${p.hasQuestionToken() ? "?" : ""}: ${p.getType().getText(p)}`,
          );
        }
        lines.push("}");
      } else if (Node.isTypeAliasDeclaration(d)) {
        lines.push(`type ${name} = ${d.getType().getText(d)}`);
      } else {
        lines.push(`${d.getKindName()} ${name}`);
      }
    }
  }
  return lines.join("\n") + "\n";
}

describe("public API of moto2rust", () => {
  it("matches the recorded surface", () => {
    const surface = publicSurface();
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, surface);
    expect(surface).toBe(readFileSync(golden, "utf8"));
    expect(surface).toMatch(
      /^function transpile\(source: string \| Uint8Array(<ArrayBufferLike>)?, options: TranspileOptions\): Promise<TranspileResult>$/m,
    );
  });
});
