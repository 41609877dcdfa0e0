/**
 * Client construction: the `make_client` / `make_client_with_region` helpers (winterbaume's
 * in-process `MockAws`, or any endpoint from `AWS_ENDPOINT_URL`), and `boto3.client(...)` lines.
 * Two Python clients for the same region share one Rust client, as they share one moto backend.
 * One backend per test: when a test makes several Rust clients (several regions, a client made
 * in a loop), it builds one `MockAws` (`let mock = make_mock();`) and derives every client from it
 * (`make_client_with_mock(&mock, region)`), as all clients of a moto test share one backend.
 */
import { assertNever } from "@moto2rust/ir";
import type { Typed, ClientDeclStmt, Expr, Stmt } from "@moto2rust/ir";
import type { FnCx, UnitCx } from "./context.js";
import type { Liveness } from "./liveness.js";
import { mockHelperNames, type RustItem } from "./unit.js";
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
    body = [
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
  if (unit.usesMock && target.kind === "winterbaume") {
    const { mock, mockClient } = mockHelperNames(unit.options.clientHelper);
    items.push({ name: mock, code: mockHelperCode(mock, [target.serviceStruct]) });
    items.push({
      name: mockClient,
      code: [
        `async fn ${mockClient}(mock: &MockAws, region: &str) -> ${crate}::Client {`,
        `    let config = mock.sdk_config(region).await;`,
        `    ${crate}::Client::new(&config)`,
        `}`,
      ].join("\n"),
    });
  }
  return items;
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
    case "IfExpr":
      return null;
    default:
      return assertNever(region);
  }
}

/**
 * Whether a test body makes more than one Rust client: two live client declarations for
 * different regions, or one inside a loop (a new client per iteration). Such a test shares one
 * `MockAws` between its clients.
 */
export function needsSharedMock(body: readonly Stmt<Typed>[], live: Liveness): boolean {
  const keys = new Set<string>();
  let many = false;
  const visit = (stmts: readonly Stmt<Typed>[], inLoop: boolean): void => {
    for (const s of stmts) {
      if (s.kind === "ClientDecl" && live.isLive(s, s.name)) {
        const key = regionKey(s.region);
        if (inLoop || key === null) many = true;
        else keys.add(key);
      } else if (s.kind === "For") visit(s.body, true);
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
    call = `${mockHelperNames(fx.unit.options.clientHelper).mockClient}(&${fx.mock}, ${key}).await`;
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
