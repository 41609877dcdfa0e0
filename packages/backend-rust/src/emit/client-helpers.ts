/**
 * Client construction: the `make_client` / `make_client_with_region` helpers (winterbaume's
 * in-process `MockAws`, or any endpoint from `AWS_ENDPOINT_URL`), and `boto3.client(...)` lines.
 * Two Python clients for the same region share one Rust client, as they share one moto backend.
 */
import type { Typed, ClientDeclStmt } from "@moto2rust/ir";
import type { FnCx, UnitCx } from "./context.js";
import type { RustItem } from "./unit.js";
import { asStr } from "./rvalue.js";
import { emitExpr } from "./expr.js";
import { rustStr } from "./rust-syntax.js";

export const DEFAULT_REGION = "us-east-1";

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
  return items;
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
  const existing = fx.clientByRegion.get(key);
  if (existing) {
    fx.clients.set(s.name, existing);
    return;
  }
  if (!fx.live.isLive(s, s.name)) return;
  const rust = fx.names.local(s.name);
  if (call.startsWith(`${name}(`)) fx.usesDefaultClient = true;
  fx.usesRegionClient = true;
  for (const [k, v] of fx.clientByRegion) if (v === rust) fx.clientByRegion.delete(k);
  fx.line(`let ${rust} = ${call};`);
  fx.clients.set(s.name, rust);
  fx.clientByRegion.set(key, rust);
}
