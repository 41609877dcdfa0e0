/**
 * One `port` at a time per target file: a lock file next to the target (`<file>.moto2rust-lock`,
 * created exclusively, holding the holder's pid, host and start time). A second run waits for
 * it, saying who holds it, and fails clearly when it is not released in time; a lock whose
 * holder died on this host is taken over. Locks are removed when the process is interrupted.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { dirname } from "node:path";
import { UsageError } from "../io.js";
import { forget, removeOnInterrupt, resolveTarget } from "../safe-write.js";

export interface LockHolder {
  readonly pid: number;
  readonly host: string;
  readonly started: string;
}

export interface LockOptions {
  /** How long to wait for a held lock, in ms (default 60 s; `$MOTO2RUST_LOCK_TIMEOUT_MS`). */
  readonly timeoutMs?: number;
  /** Called once when the lock is held by another run and this one starts waiting. */
  readonly onWait?: (message: string) => void;
}

export interface HeldLock {
  readonly path: string;
  release(): void;
}

export function lockPathOf(target: string): string {
  return `${resolveTarget(target)}.moto2rust-lock`;
}

function readHolder(path: string): LockHolder | null {
  try {
    const v: unknown = JSON.parse(readFileSync(path, "utf8"));
    if (typeof v !== "object" || v === null) return null;
    const { pid, host, started } = v as Record<string, unknown>;
    if (typeof pid !== "number" || typeof host !== "string") return null;
    return { pid, host, started: typeof started === "string" ? started : "?" };
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

function describe(holder: LockHolder | null, path: string): string {
  return holder
    ? `pid ${holder.pid} on ${holder.host} (since ${holder.started})`
    : `another moto2rust run (lock file ${path})`;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Take the lock of `target`, waiting for another holder up to the timeout. */
export async function lockTarget(target: string, options: LockOptions = {}): Promise<HeldLock> {
  const path = lockPathOf(target);
  mkdirSync(dirname(path), { recursive: true });
  const envTimeout = Number(process.env.MOTO2RUST_LOCK_TIMEOUT_MS);
  const timeoutMs =
    options.timeoutMs ?? (Number.isFinite(envTimeout) && envTimeout >= 0 ? envTimeout : 60_000);
  const deadline = Date.now() + timeoutMs;
  let told = false;
  for (;;) {
    try {
      const fd = openSync(path, "wx", 0o644);
      removeOnInterrupt(path);
      try {
        const me: LockHolder = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
        writeSync(fd, JSON.stringify(me) + "\n");
      } finally {
        closeSync(fd);
      }
      let released = false;
      return {
        path,
        release: () => {
          if (released) return;
          released = true;
          rmSync(path, { force: true });
          forget(path);
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") {
        throw new UsageError(`cannot create lock file ${path}: ${(e as Error).message}`);
      }
    }
    const holder = readHolder(path);
    if (holder !== null && holder.host === hostname() && !alive(holder.pid)) {
      rmSync(path, { force: true }); // its holder died without releasing it
      continue;
    }
    if (Date.now() >= deadline) {
      throw new UsageError(
        `${target} is locked by ${describe(holder, path)}; nothing written ` +
          `(wait for it to finish, or remove ${path} if no such run exists)`,
      );
    }
    if (!told) {
      told = true;
      options.onWait?.(`waiting for ${target}: locked by ${describe(holder, path)}`);
    }
    await sleep(50 + Math.floor(Math.random() * 50));
  }
}
