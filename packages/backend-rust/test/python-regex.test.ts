/** Python `re` patterns in the `regex` crate's syntax (pytest.raises(match=...)). */
import { describe, expect, it } from "vitest";
import { pythonRegex } from "../src/emit/python-regex.js";

describe("pythonRegex", () => {
  it.each([
    ["Secret not found", "Secret not found"],
    ["can't find it", "can't find it"],
    ["\\(ResourceNotFoundException\\)", "(ResourceNotFoundException)"],
    ["a\\.b\\:c\\-d", "a.b:c-d"],
  ])("gives plain text for %j", (pattern, text) => {
    expect(pythonRegex(pattern)).toEqual({ kind: "plain", text });
  });

  it.each([
    ["Invalid.*arn", "Invalid.*arn"],
    ["^An error", "^An error"],
    ["done$", "done(?:\\n?\\z)"],
    ["end\\Z", "end\\z"],
    ["\\d{3}-\\w+", "\\d{3}-\\w+"],
    ["x{,2}", "x{0,2}"],
    ["{name}", "\\{name\\}"],
    ["a{", "a\\{"],
    ["[a-z_]+", "[a-z_]+"],
    ["[[]", "[\\[]"],
    ["[-a]", "[\\-a]"],
    ["[a&&b]", "[a\\&\\&b]"],
    ["[]x]", "[\\]x]"],
    ["(?P<code>\\w+)", "(?P<code>\\w+)"],
    ["(?i)secret.", "(?i)secret."],
    ["a#b~c&d.", "a\\#b\\~c\\&d."],
    ["\\u00e9\\x41", "\\x{E9}\\x{41}"],
    ["\\:x.", ":x."],
  ])("translates %j", (pattern, rust) => {
    expect(pythonRegex(pattern)).toEqual({ kind: "regex", rust });
  });

  it.each([
    ["a(?=b)", "a lookaround assertion"],
    ["(?<!a)b", "a lookaround assertion"],
    ["(a)\\1", "a backreference"],
    ["(?P<x>a)(?P=x)", "a named backreference (?P=...)"],
    ["(?>a)", "an atomic group"],
    ["a*+", "a possessive quantifier"],
    ["(?a)\\w", "the inline flag (?a)"],
    ["[abc", "an unterminated character class"],
  ])("reports %j as unsupported", (pattern, construct) => {
    expect(pythonRegex(pattern)).toEqual({ kind: "unsupported", construct });
  });
});
