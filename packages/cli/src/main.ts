#!/usr/bin/env node
import { processIO } from "./io.js";
import { runCli } from "./cli.js";

// A reader that goes away (`moto2rust api sagemaker --json | head`) ends the run quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
}

process.exitCode = await runCli(process.argv.slice(2), processIO());
