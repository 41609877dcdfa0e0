/**
 * JSON documents (`serde_json::Value`): IAM policy documents, which boto3 URL-decodes and parses
 * into dicts (botocore `json_decode_policies`), `json.loads(...)`, and dict/list literals compared
 * with them (parsed from the JSON text Python's `json.dumps` would write).
 */
import { readFileSync } from "node:fs";
import type { Typed, Expr } from "@moto2rust/ir";
import type { FnCx, RVal } from "./context.js";
import { asStr } from "./rvalue.js";
import { jsonText } from "./json.js";

export const DECODE_POLICY_DOCUMENT = "decode_policy_document";

/** The helper fn (`emit-helpers/decode_policy_document.rs` at the package root, shipped with it). */
let decodeFn: string | undefined;
function decodeFnCode(): string {
  decodeFn ??= readFileSync(
    new URL("../../emit-helpers/decode_policy_document.rs", import.meta.url),
    "utf8",
  ).trimEnd();
  return decodeFn;
}

const DOCUMENT = { kind: "document" } as const;

function useSerde(fx: FnCx): void {
  fx.devDependencies.add("serde_json");
}

/** A policy document member's string, decoded into a JSON value. */
export function decodedDocument(fx: FnCx, v: RVal): RVal {
  useSerde(fx);
  fx.helperFns.set(DECODE_POLICY_DOCUMENT, decodeFnCode());
  return {
    code: `${DECODE_POLICY_DOCUMENT}(${asStr(v)})`,
    ty: DOCUMENT,
    mode: "own",
    temp: true,
    json: true,
  };
}

/** `json.loads(s)` */
export function jsonLoads(fx: FnCx, text: RVal): RVal {
  useSerde(fx);
  return {
    code: `serde_json::from_str::<serde_json::Value>(${asStr(text)}).unwrap()`,
    ty: DOCUMENT,
    mode: "own",
    temp: true,
    json: true,
  };
}

/** A Python literal as the JSON value `json.loads(json.dumps(x))` would give. */
export function documentLiteral(fx: FnCx, e: Expr<Typed>): RVal {
  return jsonLoads(fx, jsonText(fx, e));
}
