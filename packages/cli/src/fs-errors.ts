/**
 * A file-system failure (read-only directory, a file where a directory should be, no space) is an
 * input error, not a bug: one line naming the path, exit 2, never a Node stack.
 */
import { basename, dirname, join } from "node:path";

/** The temporary sibling an atomic write creates before renaming it over the target. */
const TEMP_FILE = /^\.(.+)\.[0-9a-f]{12}\.tmp$/;

const REASONS: Readonly<Record<string, string>> = {
  EACCES: "permission denied",
  EPERM: "operation not permitted (read-only or immutable?)",
  EROFS: "read-only file system",
  ENOTDIR: "a component of the path is not a directory",
  EISDIR: "is a directory",
  EEXIST: "already exists (and is not a directory)",
  ENOENT: "no such file or directory",
  ENOSPC: "no space left on device",
  EDQUOT: "disk quota exceeded",
  ENAMETOOLONG: "file name too long",
  ELOOP: "too many levels of symbolic links",
  EBUSY: "resource busy",
  ETXTBSY: "text file busy",
  EMFILE: "too many open files",
  EXDEV: "cannot move across file systems",
};

const VERBS: Readonly<Record<string, string>> = {
  mkdir: "create directory",
  open: "open",
  read: "read",
  write: "write",
  rename: "write",
  unlink: "remove",
  rmdir: "remove",
  rm: "remove",
  scandir: "read directory",
  opendir: "read directory",
  stat: "access",
  lstat: "access",
  access: "access",
  copyfile: "copy",
  chmod: "change mode of",
  chown: "change owner of",
  symlink: "create link",
  utime: "touch",
  fsync: "sync",
};

interface ErrnoLike {
  readonly code: string;
  readonly syscall?: string;
  readonly path: string;
  readonly dest?: string;
}

function isErrno(e: unknown): e is ErrnoLike {
  return (
    e instanceof Error &&
    typeof (e as Partial<ErrnoLike>).code === "string" &&
    typeof (e as Partial<ErrnoLike>).path === "string"
  );
}

/** `cannot create directory /x/out: permission denied (EACCES)` for a file-system error, else null. */
export function fileSystemError(e: unknown): string | null {
  if (!isErrno(e)) return null;
  const reason = REASONS[e.code];
  if (reason === undefined) return null;
  const verb = VERBS[e.syscall ?? ""] ?? e.syscall ?? "access";
  // A rename's destination is the file the user named; the source is our temporary file, and so
  // is a failed open of `.<name>.<hex>.tmp` (files.ts's atomic write): name the target instead.
  const raw = e.syscall === "rename" && e.dest ? e.dest : e.path;
  const temp = TEMP_FILE.exec(basename(raw));
  const path = temp ? join(dirname(raw), temp[1]!) : raw;
  return `cannot ${verb} ${path}: ${reason} (${e.code})`;
}
