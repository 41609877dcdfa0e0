/** The `port` report: JSON (`{"tests","totals","missingOperations","fixMarkers","verify",…}`) and text. */
import type { PortResult } from "./port.js";

export function portJson(r: PortResult, options: { diff?: boolean } = {}): Record<string, unknown> {
  return {
    service: {
      crate: r.names.cargoPackage,
      sdkCrate: r.names.sdkCargoCrate,
      boto3: r.names.boto3,
      motoDir: r.names.motoDir,
      serviceStruct: r.serviceStruct,
    },
    testFile: r.testFile,
    motoFiles: r.motoFiles,
    tests: r.tests,
    totals: r.totals,
    missingOperations: r.missingOperations,
    fixMarkers: r.fixMarkers,
    added: r.added,
    devDependencies: r.devDependencies,
    renamed: r.renamed,
    notes: [...(r.selectionNote ? [r.selectionNote] : []), ...r.notes],
    changed: r.changed,
    written: r.written,
    journal: r.journal,
    verify: r.verify,
    ...(options.diff ? { diff: r.diff } : {}),
  };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

export function portText(r: PortResult): string {
  const out: string[] = [];
  const t = r.totals;
  out.push(
    `port ${r.names.crateSuffix}: ${r.testFile} (${r.serviceStruct}, ${r.names.sdkCargoCrate}, boto3 '${r.names.boto3}')`,
  );
  out.push(`moto: ${r.motoFiles.join(", ")}`);
  if (r.selectionNote) out.push(`note: ${r.selectionNote}`);
  const reasons = Object.entries(t.byReason)
    .map(([k, v]) => `${k} ${v}`)
    .join(", ");
  out.push(
    `${plural(t.tests, "test")}: ${t.ported} ported, ${t.partial} partial, ${t.skipped} skipped${reasons ? ` (${reasons})` : ""}`,
  );
  const a = r.added;
  const parts = [plural(a.tests.length, "test")];
  if (a.helpers.length) parts.push(`${plural(a.helpers.length, "helper")} (${a.helpers.join(", ")})`);
  if (a.clientHelpers.length) parts.push(`client helper ${a.clientHelpers.join(", ")}`);
  if (a.constants.length) parts.push(`${plural(a.constants.length, "constant")} (${a.constants.join(", ")})`);
  if (a.uses.length) parts.push(`${plural(a.uses.length, "import")} (${a.uses.join(", ")})`);
  if (r.devDependencies.length) parts.push(`dev-dependencies ${r.devDependencies.join(", ")} (Cargo.toml)`);
  out.push(`added: ${parts.join(", ")}`);
  for (const x of r.renamed)
    out.push(`renamed: ${x.from} -> ${x.to} (${x.file}; the file already has a different ${x.from})`);
  for (const n of r.notes) out.push(`note: ${n}`);

  out.push("", "tests (in the order appended):");
  const width = Math.min(60, Math.max(4, ...r.tests.map((x) => x.test.length)));
  for (const x of r.tests) {
    const fix = x.fixMarker ? " [FIX]" : "";
    const why =
      x.reasons.length > 0 && x.status !== "ported"
        ? `  ${x.reasons.map((z) => `${z.code}: ${z.message}`).join("; ")}`
        : "";
    out.push(`  ${x.status.padEnd(8)} ${x.test.padEnd(width)} ${x.file}:${x.line}${fix}${why}`);
  }

  out.push("", `missing operations (called by moto, not implemented by ${r.names.cargoPackage}):`);
  if (r.missingOperations.length === 0) out.push("  none");
  for (const m of r.missingOperations) {
    out.push(
      `  ${m.operation} (${m.boto3}, ${m.why}): ${plural(m.tests.length, "test")}: ${m.tests.join(", ")}`,
    );
  }

  out.push("", "FIX(terraform-e2e) markers:");
  if (r.fixMarkers.length === 0) out.push("  none");
  for (const m of r.fixMarkers) {
    const ops = m.operations.length > 0 ? m.operations.join(", ") : "operation unknown";
    out.push(`  ${r.crate}/${m.file}:${m.line} ${ops}${m.function ? ` (in ${m.function})` : ""}: ${m.text}`);
    if (m.tests.length === 0) out.push("    moto tests: none exercise it");
    else {
      const shown = m.tests.filter((x) => x.status !== "skipped");
      const skipped = m.tests.length - shown.length;
      out.push(
        `    moto tests: ${m.tests.length} (${[...shown.map((x) => `${x.test} ${x.status}`), ...(skipped ? [`${skipped} skipped`] : [])].join(", ")})`,
      );
    }
  }

  if (r.verify.length > 0) {
    out.push("", "verify:");
    for (const v of r.verify) {
      out.push(
        `  ${v.step.padEnd(14)} ${v.status}${v.detail && v.status !== "failed" ? `: ${v.detail}` : ""}`,
      );
      if (v.status === "failed" && v.detail) out.push(...v.detail.split("\n").map((l) => `      ${l}`));
    }
  }

  out.push("");
  if (r.written) {
    out.push(`wrote ${r.testFile} (+${r.updated.split("\n").length - r.original.split("\n").length} lines)`);
    if (r.journal) out.push(`journal: appended to ${r.journal}`);
  } else if (r.changed) out.push(`${r.testFile} not written (dry run)`);
  else out.push(`${r.testFile} unchanged: nothing to add`);
  return out.join("\n") + "\n";
}
