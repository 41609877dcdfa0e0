/**
 * Client construction: the `make_client` / `make_client_with_region` helpers (winterbaume's
 * in-process `MockAws`, or any endpoint from `AWS_ENDPOINT_URL`), and `boto3.client(...)` lines.
 * Two Python clients for the same region share one Rust client, as they share one moto backend.
 * One backend per test: when a test makes several Rust clients (several regions, a client made
 * in a loop), it builds one `MockAws` (`let mock = make_mock();`) and derives every client from it
 * (`make_client_with_mock(&mock, region)`), as all clients of a moto test share one backend.
 * Several services in one test: a client of another service comes from the same `MockAws`,
 * which registers every service the tests use (`make_sns_client_with_mock(&mock, region)`), or,
 * for the endpoint target, from its own endpoint helper (`make_sns_client(region)`).
 */
import { EMIT, assertNever } from "@moto2rust/ir";
import type { Typed, ClientDeclStmt, Expr, Stmt } from "@moto2rust/ir";
import type { ServiceApi } from "@moto2rust/sdk-shapes";
import { fail } from "./context.js";
import type { FnCx, UnitCx } from "./context.js";
import type { Liveness } from "./liveness.js";
import { mockHelperNames, type RustItem, type Target, type WinterbaumeCrate } from "./unit.js";
import { asStr } from "./rvalue.js";
import { emitExpr } from "./expr.js";
import { rustStr } from "./rust-syntax.js";

const DEFAULT_REGION = "us-east-1";

export function clientHelperItems(unit: UnitCx): RustItem[] {
  const crate = unit.crate;
  const { name, regionName } = unit.options.clientHelper;
  const target = unit.options.target;
  const items: RustItem[] = [];
  unit.uses.add(`${crate}::config::BehaviorVersion`);
  unit.devDependencies.add("aws-config");
  unit.devDependencies.add(unit.api.info.cargoCrate);
  unit.devDependencies.add("tokio");
  if (unit.usesDefaultClient) {
    items.push({
      name,
      code: [
        `async fn ${name}() -> ${crate}::Client {`,
        `    ${regionName}(${rustStr(DEFAULT_REGION)}).await`,
        `}`,
      ].join("\n"),
    });
  }
  let body: string[];
  if (target.kind === "winterbaume") {
    unit.uses.add("winterbaume_core::MockAws");
    unit.uses.add(`${target.crate}::${target.serviceStruct}`);
    unit.devDependencies.add("winterbaume-core");
    unit.devDependencies.add(target.crate.replace(/_/g, "-"));
    body = [
      `    let mock = MockAws::builder().with_service(${target.serviceStruct}::new()).build();`,
      `    let config = aws_config::defaults(BehaviorVersion::latest())`,
      `        .http_client(mock.http_client())`,
      `        .credentials_provider(mock.credentials_provider())`,
    ];
  } else {
    body = endpointConfig(crate);
  }
  if (unit.usesRegionClient) {
    items.push({
      name: regionName,
      code: [
        `async fn ${regionName}(region: &str) -> ${crate}::Client {`,
        ...body,
        `        .region(${crate}::config::Region::new(region.to_string()))`,
        `        .load()`,
        `        .await;`,
        `    ${crate}::Client::new(&config)`,
        `}`,
      ].join("\n"),
    });
  }
  const others = [...unit.otherClients.values()].sort((a, b) => (a.info.crate < b.info.crate ? -1 : 1));
  const { mockClient } = mockHelperNames(unit.options.clientHelper);
  if (target.kind === "winterbaume") {
    // One factory per set of services some test registers (`make_mock`, `make_mock_with_sns`).
    for (const [factory, apis] of [...unit.mockFactories].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const structs = [target.serviceStruct];
      for (const api of apis) {
        const wb = otherCrate(target, api);
        if (wb === null) continue; // never emitted: the test was skipped
        unit.uses.add(`${wb.crate}::${wb.serviceStruct}`);
        unit.devDependencies.add(wb.crate.replace(/_/g, "-"));
        structs.push(wb.serviceStruct);
      }
      items.push({ name: factory, code: mockHelperCode(factory, structs) });
    }
  }
  if (unit.usesMock && target.kind === "winterbaume") {
    items.push({ name: mockClient, code: mockClientCode(mockClient, crate) });
  }
  for (const api of others) {
    unit.devDependencies.add(api.info.cargoCrate);
    const names = otherClientHelpers(api);
    items.push(
      target.kind === "winterbaume"
        ? { name: names.mockClient, code: mockClientCode(names.mockClient, api.info.crate) }
        : {
            name: names.region,
            code: [
              `async fn ${names.region}(region: &str) -> ${api.info.crate}::Client {`,
              ...endpointConfig(api.info.crate),
              `        .region(${api.info.crate}::config::Region::new(region.to_string()))`,
              `        .load()`,
              `        .await;`,
              `    ${api.info.crate}::Client::new(&config)`,
              `}`,
            ].join("\n"),
          },
    );
  }
  return items;
}

/** The `aws_config` builder lines of a client for `AWS_ENDPOINT_URL`. */
function endpointConfig(crate: string): string[] {
  return [
    `    let endpoint = std::env::var("AWS_ENDPOINT_URL")`,
    `        .unwrap_or_else(|_| "http://localhost:5000".to_string());`,
    `    let config = aws_config::defaults(BehaviorVersion::latest())`,
    `        .endpoint_url(endpoint)`,
    `        .credentials_provider(${crate}::config::Credentials::new(`,
    `            "testing",`,
    `            "testing",`,
    `            None,`,
    `            None,`,
    `            "moto2rust",`,
    `        ))`,
  ];
}

/** `async fn name(mock: &MockAws, region: &str) -> crate::Client`. */
function mockClientCode(name: string, crate: string): string {
  return [
    `async fn ${name}(mock: &MockAws, region: &str) -> ${crate}::Client {`,
    `    let config = mock.sdk_config(region).await;`,
    `    ${crate}::Client::new(&config)`,
    `}`,
  ].join("\n");
}

/**
 * The services other than `tested` whose clients a test body makes (live ones), that the target
 * can register, sorted by crate: what its `MockAws` registers besides the tested service.
 */
export function otherServicesOf(unit: UnitCx, body: readonly Stmt<Typed>[], live: Liveness): ServiceApi[] {
  const target = unit.options.target;
  const out = new Map<string, ServiceApi>();
  const visit = (stmts: readonly Stmt<Typed>[]): void => {
    for (const s of stmts) {
      if (s.kind === "ClientDecl" && s.service !== unit.api.info.boto3 && live.isLive(s, s.name)) {
        const api = unit.services.all().find((a) => a.info.boto3 === s.service);
        if (api && (target.kind !== "winterbaume" || otherCrate(target, api) !== null))
          out.set(api.info.crate, api);
      } else if (s.kind === "For" || s.kind === "Raises") visit(s.body);
    }
  };
  visit(body);
  return [...out.values()].sort((a, b) => (a.info.crate < b.info.crate ? -1 : 1));
}

/** The name of the `MockAws` factory registering the tested service and `others` (`make_mock_with_sns`). */
export function mockFactoryName(unit: UnitCx, others: readonly ServiceApi[]): string {
  const base = mockHelperNames(unit.options.clientHelper).mock;
  if (others.length === 0) return base;
  return `${base}_with_${others.map((a) => a.info.crate.replace(/^aws_sdk_/, "")).join("_")}`;
}

/** The winterbaume crate registering a service other than the tested one, or null when there is none. */
function otherCrate(target: Target & { kind: "winterbaume" }, api: ServiceApi): WinterbaumeCrate | null {
  return target.crateOf ? target.crateOf(api) : null;
}

/**
 * Helper names for clients of a service other than the tested one, from its crate suffix
 * (`make_sns_client_with_mock`, `make_sns_client`).
 */
export function otherClientHelpers(api: ServiceApi): { mockClient: string; region: string } {
  const suffix = api.info.crate.replace(/^aws_sdk_/, "");
  return { mockClient: `make_${suffix}_client_with_mock`, region: `make_${suffix}_client` };
}

/** `fn make_mock() -> MockAws` registering each service struct (`.with_service(S::new())` per service). */
function mockHelperCode(name: string, serviceStructs: readonly string[]): string {
  const services = serviceStructs.map((s) => `.with_service(${s}::new())`).join("");
  return [`fn ${name}() -> MockAws {`, `    MockAws::builder()${services}.build()`, `}`].join("\n");
}

/** What makes two client declarations the same Rust client: the region they name. */
function regionKey(region: Expr<Typed> | null): string | null {
  if (!region) return DEFAULT_REGION;
  switch (region.kind) {
    case "Str":
      return region.value;
    case "Name":
      return `name:${region.id}`;
    case "Const":
      return `const:${region.name}`;
    case "ApiCall":
    case "BinOp":
    case "Bool":
    case "BuiltinCall":
    case "Bytes":
    case "HelperCall":
    case "Comprehension":
    case "Dict":
    case "ErrorField":
    case "Float":
    case "FString":
    case "Get":
    case "Int":
    case "Len":
    case "List":
    case "Neg":
    case "None":
    case "Subscript":
    case "DictComprehension":
    case "IfExpr":
      return null;
    default:
      return assertNever(region);
  }
}

/**
 * Whether a test body makes more than one Rust client: two live client declarations for
 * different regions, or one inside a loop (a new client per iteration). Such a test shares one
 * `MockAws` between its clients, as does a test with a client of a service other than `tested`.
 */
export function needsSharedMock(body: readonly Stmt<Typed>[], live: Liveness, tested: string): boolean {
  const keys = new Set<string>();
  let many = false;
  const visit = (stmts: readonly Stmt<Typed>[], inLoop: boolean): void => {
    for (const s of stmts) {
      if (s.kind === "ClientDecl" && live.isLive(s, s.name)) {
        // A client of another service is registered on the same backend as the tested one's.
        if (s.service !== tested) many = true;
        const key = regionKey(s.region);
        if (inLoop || key === null) many = true;
        else keys.add(key);
      } else if (s.kind === "For" || s.kind === "ForUnpack") visit(s.body, true);
      else if (s.kind === "StaticIf") visit(s.body, inLoop);
      // A client declared in a branch or a `while` body: one backend for whichever runs.
      else if (s.kind === "If") visit([...s.body, ...s.orelse], true);
      else if (s.kind === "While") visit(s.body, true);
      else if (s.kind === "Try")
        visit(
          [...s.body, ...(s.handler?.body ?? []), ...s.orelse, ...s.finalbody],
          s.handler !== null || inLoop,
        );
      else if (s.kind === "Raises") visit(s.body, inLoop);
    }
  };
  visit(body, false);
  return many || keys.size > 1;
}

/** `client = boto3.client("ecs", region_name=...)` → `let client = make_client().await;` */
export function emitClientDecl(fx: FnCx, s: ClientDeclStmt<Typed>): void {
  if (s.service !== fx.unit.api.info.boto3) return emitOtherClientDecl(fx, s);
  const { name, regionName } = fx.unit.options.clientHelper;
  let key: string;
  let call: string;
  if (!s.region || (s.region.kind === "Str" && s.region.value === DEFAULT_REGION)) {
    key = rustStr(DEFAULT_REGION);
    call = `${name}().await`;
  } else {
    const r = emitExpr(fx, s.region);
    const region = asStr(r);
    key = region;
    call = `${regionName}(${region}).await`;
  }
  if (fx.mock !== null) {
    call = `${mockHelperNames(fx.unit.options.clientHelper).mockClient}(${fx.mockArg()}, ${key}).await`;
  }
  const existing = fx.clientByRegion.get(key);
  if (existing) {
    fx.clients.set(s.name, existing);
    return;
  }
  if (!fx.live.isLive(s, s.name)) return;
  const rust = fx.names.local(s.name);
  if (fx.mock !== null) fx.usesMock = true;
  else if (call.startsWith(`${name}(`)) fx.usesDefaultClient = true;
  fx.usesRegionClient ||= fx.mock === null;
  for (const [k, v] of fx.clientByRegion) if (v === rust) fx.clientByRegion.delete(k);
  fx.line(`let ${rust} = ${call};`);
  fx.clients.set(s.name, rust);
  fx.clientByRegion.set(key, rust);
}

/**
 * A client of a service other than the tested one (several services in one test): from the
 * test's shared `MockAws` (which then registers that service too), or from its endpoint helper.
 * Skipped when the service has no model or the winterbaume target has no crate for it.
 */
function emitOtherClientDecl(fx: FnCx, s: ClientDeclStmt<Typed>): void {
  const api = fx.unit.services.all().find((a) => a.info.boto3 === s.service);
  const target = fx.unit.options.target;
  if (api === undefined || (target.kind === "winterbaume" && otherCrate(target, api) === null)) {
    return fail(EMIT.crossServiceClient(s.service), s.span);
  }
  const region =
    !s.region || (s.region.kind === "Str" && s.region.value === DEFAULT_REGION)
      ? rustStr(DEFAULT_REGION)
      : asStr(emitExpr(fx, s.region));
  const key = `${s.service}|${region}`;
  const existing = fx.clientByRegion.get(key);
  if (existing) {
    fx.clients.set(s.name, existing);
    return;
  }
  if (!fx.live.isLive(s, s.name)) return;
  const names = otherClientHelpers(api);
  const call =
    fx.mock !== null
      ? `${names.mockClient}(${fx.mockArg()}, ${region}).await`
      : `${names.region}(${region}).await`;
  const rust = fx.names.local(s.name);
  fx.otherClients.set(s.service, api);
  for (const [k, v] of fx.clientByRegion) if (v === rust) fx.clientByRegion.delete(k);
  fx.line(`let ${rust} = ${call};`);
  fx.clients.set(s.name, rust);
  fx.clientByRegion.set(key, rust);
}
