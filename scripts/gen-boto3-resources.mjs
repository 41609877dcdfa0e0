// Generates packages/frontend-python/src/resources/definitions.generated.ts from boto3's own
// resource definitions (boto3/data/<service>/<version>/resources-1.json, Apache-2.0) and the
// Smithy models (for the attribute names: the members of each resource's `shape`).
//
//   npx tsc -b && node scripts/gen-boto3-resources.mjs [BOTO3_RESOURCES_DIR] [MODELS_DIR]
//
// Defaults: ../shared/boto3-resources and ../shared/api-models-aws (relative to the repo root).
// The output keeps boto3's structure, with Python names (xform_name) as keys and boto3 method
// names for operations, so the frontend needs neither the JSON files nor the models at run time.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { xformName } from "../packages/sdk-shapes/dist/index.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const GENERATED_FILE = path.join(
  root,
  "packages/frontend-python/src/resources/definitions.generated.ts",
);

/** Services whose resources are generated (CloudFormation and OpsWorks tests are skipped anyway). */
const SERVICES = ["cloudwatch", "dynamodb", "ec2", "glacier", "iam", "s3", "sns", "sqs"];
/** boto3 service name → api-models-aws folder, where they differ. */
const MODEL_FOLDER = { cloudwatch: "cloudwatch", sqs: "sqs", sns: "sns" };

function newest(dir) {
  return fs.readdirSync(dir).sort().at(-1);
}

function loadModel(modelsDir, service) {
  const base = path.join(modelsDir, MODEL_FOLDER[service] ?? service, "service");
  const version = newest(base);
  const file = fs.readdirSync(path.join(base, version)).find((f) => f.endsWith(".json"));
  return JSON.parse(fs.readFileSync(path.join(base, version, file), "utf8")).shapes;
}

function shapeMembers(shapes, name) {
  const id = Object.keys(shapes).find((k) => k.endsWith(`#${name}`));
  if (id === undefined) return null;
  return Object.keys(shapes[id].members ?? {});
}

function param(p) {
  const o = { target: p.target, source: p.source };
  if (p.name !== undefined) o.name = p.name;
  if (p.path !== undefined) o.path = p.path;
  if (p.value !== undefined) o.value = p.value;
  return o;
}

function request(r) {
  return { method: xformName(r.operation), operation: r.operation, params: (r.params ?? []).map(param) };
}

function resourceRef(r) {
  if (r === undefined) return null;
  const o = { type: r.type, identifiers: r.identifiers.map(param) };
  if (r.path !== undefined) o.path = r.path;
  return o;
}

function actions(defs) {
  const o = {};
  for (const [name, a] of Object.entries(defs ?? {})) {
    o[xformName(name)] = { request: request(a.request), resource: resourceRef(a.resource) };
    if (a.path !== undefined) o[xformName(name)].path = a.path;
  }
  return o;
}

/** Sub-resources (some identifier from the call's arguments) keep their name (`s3.Bucket("b")`);
 * references (all identifiers known) are snake_case attributes (`instance.vpc`), as in boto3. */
function has(defs) {
  const o = {};
  for (const [name, h] of Object.entries(defs ?? {})) {
    const sub = (h.resource?.identifiers ?? []).some((i) => i.source === "input");
    o[sub ? name : xformName(name)] = { resource: resourceRef(h.resource) };
  }
  return o;
}

function hasMany(defs) {
  const o = {};
  for (const [name, c] of Object.entries(defs ?? {}))
    o[xformName(name)] = { request: request(c.request), resource: resourceRef(c.resource) };
  return o;
}

/** The text of definitions.generated.ts, and the resource shapes the models lack. */
export function generate(resourcesDir, modelsDir) {
  const table = {};
  const missing = [];
  for (const service of SERVICES) {
    const dir = path.join(resourcesDir, service);
    const json = JSON.parse(fs.readFileSync(path.join(dir, newest(dir), "resources-1.json"), "utf8"));
    const shapes = loadModel(modelsDir, service);
    const resources = {};
    for (const [name, r] of Object.entries(json.resources ?? {})) {
      const attributes = {};
      if (r.shape !== undefined) {
        const members = shapeMembers(shapes, r.shape);
        if (members === null) missing.push(`${service}.${r.shape}`);
        for (const m of members ?? []) attributes[xformName(m)] = m;
      }
      const identifiers = (r.identifiers ?? []).map((i) => {
        const o = { name: i.name, python: xformName(i.name) };
        if (i.memberName !== undefined) o.member = i.memberName;
        return o;
      });
      resources[name] = {
        identifiers,
        shape: r.shape ?? null,
        attributes,
        load: r.load === undefined ? null : { request: request(r.load.request), path: r.load.path },
        actions: actions(r.actions),
        batchActions: actions(r.batchActions),
        has: has(r.has),
        hasMany: hasMany(r.hasMany),
      };
    }
    const s = json.service ?? {};
    table[service] = {
      service: { actions: actions(s.actions), has: has(s.has), hasMany: hasMany(s.hasMany) },
      resources,
    };
  }

  const header = `/*
 * GENERATED by scripts/gen-boto3-resources.mjs: do not edit. Regenerate with
 * \`npx tsc -b && node scripts/gen-boto3-resources.mjs\`.
 *
 * Derived from boto3's resource definitions (boto3 1.26.27, boto3/data/<service>/<version>/
 * resources-1.json), Copyright Amazon.com, Inc. or its affiliates, licensed under the Apache
 * License, Version 2.0 (http://www.apache.org/licenses/LICENSE-2.0), and from the members of
 * each resource's shape in the AWS Smithy models (api-models-aws, Apache-2.0). Changes: names
 * converted to boto3's Python names (xform_name), operations to boto3 client method names,
 * attribute names added from the models; waiters and the fields the lowering does not use dropped.
 */
import type { ResourceTable } from "./definitions.js";

export const RESOURCE_TABLE: ResourceTable = ${JSON.stringify(table)};
`;
  return { text: header, missing };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const resourcesDir = path.resolve(process.argv[2] ?? path.join(root, "../shared/boto3-resources"));
  const modelsDir = path.resolve(process.argv[3] ?? path.join(root, "../shared/api-models-aws"));
  const { text, missing } = generate(resourcesDir, modelsDir);
  if (missing.length > 0) console.error(`shapes not in the models (no attributes): ${missing.join(", ")}`);
  fs.writeFileSync(GENERATED_FILE, text);
  console.log(`wrote ${path.relative(root, GENERATED_FILE)} (${text.length} bytes)`);
}
