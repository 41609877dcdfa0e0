/** Worker thread of `report --jobs N`: translates the directories it is sent, one at a time. */
import { parentPort } from "node:worker_threads";
import { openModels, type ModelRepository } from "@moto2rust/sdk-shapes";
import { reportDirectory, type DirectoryReport } from "./report-dir.js";

export interface DirJob {
  readonly root: string;
  readonly models: string;
  readonly index: number;
  readonly dir: string;
  readonly files: readonly string[];
}
export type WorkerMessage =
  | { readonly kind: "file"; readonly label: string }
  | { readonly kind: "done"; readonly index: number; readonly result: DirectoryReport }
  | { readonly kind: "failed"; readonly index: number; readonly error: string };

const repos = new Map<string, ModelRepository>();
const port = parentPort;
if (port) {
  port.on("message", (job: DirJob) => {
    let repo = repos.get(job.models);
    if (!repo) repos.set(job.models, (repo = openModels(job.models)));
    const post = (m: WorkerMessage) => port.postMessage(m);
    reportDirectory(job.root, job.dir, job.files, repo, (label) => post({ kind: "file", label })).then(
      (result) => post({ kind: "done", index: job.index, result }),
      (e: unknown) => post({ kind: "failed", index: job.index, error: String((e as Error)?.stack ?? e) }),
    );
  });
}
