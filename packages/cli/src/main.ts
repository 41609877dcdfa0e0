#!/usr/bin/env node
import { processIO } from "./io.js";
import { internalError, runCli } from "./cli.js";

const io = processIO();
const debug = process.argv.includes("--debug") || Boolean(process.env.MOTO2RUST_DEBUG);

// A reader that goes away (`moto2rust api sagemaker --json | head`) ends the run quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
}
// Whatever escapes the command (an error thrown from a callback) is still a bug report, exit 70.
for (const event of ["uncaughtException", "unhandledRejection"] as const) {
  process.on(event, (e: unknown) => process.exit(internalError(e, io, debug)));
}

process.exitCode = await runCli(process.argv.slice(2), io);
