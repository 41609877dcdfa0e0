/**
 * Writing a user's file without losing or corrupting it: the new content goes to a temporary
 * file next to the real target (symlinks followed), fsynced, with the target's mode and owner,
 * then renamed over it and the directory fsynced. A target the user cannot write is refused
 * before anything is written. Temporary files (and lock files) are removed when the process is
 * interrupted by SIGINT or SIGTERM, so an interrupted run leaves no `*.tmp` behind.
 */
import {
  accessSync,
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
  type Stats,
} from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { randomBytes } from "node:crypto";
import { UsageError } from "./io.js";

/** Paths to remove if the process is interrupted (temporary files, held locks). */
const pending = new Set<string>();
let handlersInstalled = false;

function onSignal(signal: NodeJS.Signals): void {
  for (const p of pending) {
    try {
      rmSync(p, { force: true });
    } catch {
      // best effort: the process is going away
    }
  }
  pending.clear();
  process.removeListener("SIGINT", onSignal);
  process.removeListener("SIGTERM", onSignal);
  // Die of the same signal, as an uninterrupted default handler would.
  process.kill(process.pid, signal);
}

/** Remove `path` if the process is interrupted before `forget(path)`. */
export function removeOnInterrupt(path: string): void {
  if (!handlersInstalled) {
    handlersInstalled = true;
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
  }
  pending.add(path);
}

export function forget(path: string): void {
  pending.delete(path);
}

/** The file a write to `path` really changes: symlinks followed (dangling ones too). */
export function resolveTarget(path: string): string {
  let p = resolve(path);
  for (let hops = 0; hops < 40; hops++) {
    let st: Stats;
    try {
      st = lstatSync(p);
    } catch {
      return p;
    }
    if (!st.isSymbolicLink()) return p;
    p = resolve(dirname(p), readlinkSync(p));
  }
  throw new UsageError(`${path}: too many levels of symbolic links`);
}

/** Why a write to `path` would fail before trying it, as a one-line message, or null. */
export function unwritableReason(path: string): string | null {
  const target = resolveTarget(path);
  let st: Stats | null = null;
  try {
    st = statSync(target);
  } catch {
    st = null;
  }
  if (st !== null) {
    if (st.isDirectory()) return `${path} is a directory`;
    let writable = (st.mode & 0o222) !== 0; // read-only for everyone: root must not override it either
    try {
      accessSync(target, constants.W_OK);
    } catch {
      writable = false;
    }
    if (!writable) return `${path} is not writable (mode ${(st.mode & 0o777).toString(8)}); left unchanged`;
  }
  return null;
}

function fsyncDir(dir: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(dir, "r");
    fsyncSync(fd);
  } catch {
    // Some platforms cannot fsync a directory; the rename is still atomic.
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/**
 * Write a file so that readers see the old or the new content, never a half-written one, and
 * the file keeps its mode, owner and symlinks. Refuses (UsageError, exit 2) a file the user
 * cannot write. Returns the path really written.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array): string {
  const why = unwritableReason(path);
  if (why !== null) throw new UsageError(why);
  const target = resolveTarget(path);
  const dir = dirname(target);
  mkdirSync(dir, { recursive: true });
  let old: Stats | null = null;
  try {
    old = statSync(target);
  } catch {
    old = null;
  }
  const tmp = join(dir, `.${basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
  removeOnInterrupt(tmp);
  try {
    const fd = openSync(tmp, "wx", old ? old.mode & 0o7777 : 0o666);
    try {
      const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
      let off = 0;
      while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
      if (old) {
        fchmodSync(fd, old.mode & 0o7777);
        const uid = process.getuid?.();
        if (uid !== undefined && (old.uid !== uid || old.gid !== process.getgid?.())) {
          try {
            fchownSync(fd, old.uid, old.gid);
          } catch {
            // Only root may give a file away; an unprivileged user keeps their own ownership.
          }
        }
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, target);
    fsyncDir(dir);
    return target;
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  } finally {
    forget(tmp);
  }
}
