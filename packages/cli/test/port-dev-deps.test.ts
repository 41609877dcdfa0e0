/** `[dev-dependencies]` the added tests need, inserted into the crate's Cargo.toml. */
import { describe, expect, it } from "vitest";
import { devDependencyInsertions } from "../src/port/dev-deps.js";
import { applyInsertions } from "../src/port/text-edit.js";

const CRATE = [
  "[package]",
  'name = "winterbaume-kms"',
  "",
  "[dependencies]",
  'winterbaume-core = { path = "../winterbaume-core" }',
  'serde_json = "1"',
  "",
  "[dev-dependencies]",
  'aws-config = "1"',
  "tokio.workspace = true",
  "",
  "[features]",
  "default = []",
  "",
].join("\n");

describe("devDependencyInsertions", () => {
  it("adds only what the crate lacks, after its last dev-dependency, inheriting workspace versions", () => {
    const workspace = '[workspace.dependencies]\nregex = "1.11"\n';
    const wanted = ["aws-config", "tokio", "serde_json", "winterbaume-kms", "regex", "uuid", "aws-sdk-kms"];
    const edit = devDependencyInsertions(CRATE, workspace, wanted, "winterbaume-kms");
    expect(edit.added).toEqual(["aws-sdk-kms", "regex", "uuid"]);
    const after = applyInsertions(CRATE, edit.insertions);
    expect(after).toBe(
      CRATE.replace(
        "tokio.workspace = true\n",
        "tokio.workspace = true\n" +
          'aws-sdk-kms = "1"\n' +
          "regex = { workspace = true }\n" +
          'uuid = { version = "1", features = ["v4"] }\n',
      ),
    );
    // Insertion only: a second pass adds nothing.
    expect(devDependencyInsertions(after, workspace, wanted, "winterbaume-kms").added).toEqual([]);
  });

  it("opens a [dev-dependencies] section when the crate has none", () => {
    const crate = '[package]\nname = "x"\n';
    const edit = devDependencyInsertions(crate, "", ["regex"], "x");
    expect(applyInsertions(crate, edit.insertions)).toBe(
      '[package]\nname = "x"\n\n[dev-dependencies]\nregex = "1"\n',
    );
  });
});
