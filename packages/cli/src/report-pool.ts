/**
 * Runs `reportDirectory` over directories on N worker threads (largest directories first), and
 * returns the results in directory order, so the report is the same bytes as a sequential run.
 */
import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { DirectoryReport } from "./report-dir.js";
import type { DirJob, WorkerMessage } from "./report-worker.js";

const workerFile = fileURLToPath(new URL("./report-worker.js", import.meta.url));

/** Worker threads need the compiled worker; under a TS runner (tests) the caller runs in-process. */
export function workersAvailable(): boolean {
  return import.meta.url.endsWith(".js") && existsSync(workerFile);
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

export async function reportInWorkers(
  jobs: readonly Omit<DirJob, "index">[],
  threads: number,
  onFile: (label: string) => void,
): Promise<DirectoryReport[]> {
  const results: DirectoryReport[] = new Array(jobs.length);
  const queue = jobs
    .map((j, index) => ({ ...j, index }))
    .sort((a, b) => b.files.length - a.files.length || a.index - b.index);
  const n = Math.max(1, Math.min(threads, queue.length));
  await Promise.all(
    Array.from(
      { length: n },
      () =>
        new Promise<void>((resolveAll, rejectAll) => {
          // A larger young generation: translating a file allocates many short-lived trees, and the
          // default semi-space makes the scavenger run several times per file (about 10% of CPU time).
          const worker = new Worker(workerFile, { resourceLimits: { maxYoungGenerationSizeMb: 64 } });
          const next = (): void => {
            const job = queue.shift();
            if (!job) {
              void worker.terminate().then(() => resolveAll());
              return;
            }
            worker.postMessage(job satisfies DirJob);
          };
          worker.on("message", (m: WorkerMessage) => {
            switch (m.kind) {
              case "file":
                onFile(m.label);
                return;
              case "done":
                results[m.index] = m.result;
                next();
                return;
              case "failed":
                void worker.terminate();
                rejectAll(new Error(`report worker failed on ${jobs[m.index]?.dir}: ${m.error}`));
                return;
            }
          });
          worker.on("error", rejectAll);
          next();
        }),
    ),
  );
  return results;
}
