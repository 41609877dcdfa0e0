/**
 * JSON documents (`serde_json::Value`): IAM policy documents, which boto3 URL-decodes and parses
 * into dicts (botocore `json_decode_policies`), `json.loads(...)`, and dict/list literals compared
 * with them (parsed from the JSON text Python's `json.dumps` would write).
 */
import type { Typed, Expr } from "@moto2rust/ir";
import type { FnCx, RVal } from "./context.js";
import { asStr } from "./rvalue.js";
import { jsonText } from "./json.js";

export const DECODE_POLICY_DOCUMENT = "decode_policy_document";

const DECODE_FN = `/// IAM returns policy documents URL-encoded; boto3 hands them to tests decoded and parsed.
fn ${DECODE_POLICY_DOCUMENT}(document: &str) -> serde_json::Value {
    let raw = document.as_bytes();
    let mut bytes = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        let hex = raw.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
        match (raw[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(byte)) => {
                bytes.push(byte);
                i += 3;
            }
            (byte, _) => {
                bytes.push(byte);
                i += 1;
            }
        }
    }
    serde_json::from_slice(&bytes).expect("a policy document is JSON")
}`;

const DOCUMENT = { kind: "document" } as const;

function useSerde(fx: FnCx): void {
  fx.devDependencies.add("serde_json");
}

/** A policy document member's string, decoded into a JSON value. */
export function decodedDocument(fx: FnCx, v: RVal): RVal {
  useSerde(fx);
  fx.helperFns.set(DECODE_POLICY_DOCUMENT, DECODE_FN);
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
