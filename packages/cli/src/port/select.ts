/**
 * Which moto files and tests a `port` run covers. A FILTER is, in this order:
 * - a moto file of the service (`test_ecs_tasksets.py`, `test_ecs_tasksets`, `test_ecs/test_ecs.py`),
 *   also in the service's extra directories;
 * - `FILE::TEST` (`test_ecs.py::test_create_cluster`);
 * - a test name or a glob over test names (`test_create_*`), applied to the selected files
 *   (the main file when no FILTER names a file).
 * Without file filters: the main `test_<name>.py`, or every `test_*.py` of the directory when
 * there is no main file.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";
import { UsageError } from "../io.js";
import type { ServiceNames } from "./names.js";

export interface MotoFile {
  /** Absolute path. */
  readonly path: string;
  /** Label used in reports and section headers: `tests/test_ecs/test_ecs.py`. */
  readonly label: string;
  readonly basename: string;
}

export interface TestFilter {
  readonly raw: string;
  /** Restricts to one file (base name), or null. */
  readonly file: string | null;
  readonly pattern: RegExp;
}

export interface Selection {
  readonly files: readonly MotoFile[];
  readonly testFilters: readonly TestFilter[];
  /** Set when the main file is missing and the whole directory was taken. */
  readonly note: string | null;
}

/** `--moto` may be moto's `tests/` directory or the repository root holding it. */
export function motoTestsRoot(dir: string): string {
  const abs = resolve(dir);
  if (!existsSync(abs) || !statSync(abs).isDirectory())
    throw new UsageError(`--moto ${dir}: no such directory`);
  const nested = join(abs, "tests");
  const hasTestDirs = (d: string): boolean => {
    try {
      return readdirSync(d).some((e) => e.startsWith("test_"));
    } catch {
      return false;
    }
  };
  if (!hasTestDirs(abs) && hasTestDirs(nested)) return nested;
  return abs;
}

function labelOf(root: string, path: string): string {
  return `tests/${relative(root, path).split(/[\\/]/).join("/")}`;
}

function testFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => /^test_.*\.py$/.test(f))
      .sort();
  } catch {
    return [];
  }
}

function globToRegExp(glob: string): RegExp {
  const esc = glob
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*/g, ".*")
    .replace(/\?/g, ".");
  return new RegExp(`^${esc}$`);
}

export function selectMotoFiles(
  motoRoot: string,
  names: ServiceNames,
  filters: readonly string[],
): Selection {
  const dirs = [names.motoDir, ...names.extraMotoDirs].map((d) => join(motoRoot, d));
  const mainDir = dirs[0]!;
  if (!existsSync(mainDir) || !statSync(mainDir).isDirectory()) {
    throw new UsageError(
      `moto has no test directory for '${names.crateSuffix}': ${mainDir} does not exist ` +
        `(boto3 '${names.boto3}' → ${names.motoDir}; see packages/cli/src/port/README.md)`,
    );
  }
  const files: MotoFile[] = [];
  const testFilters: TestFilter[] = [];
  const addFile = (path: string): void => {
    if (!files.some((f) => f.path === path))
      files.push({ path, label: labelOf(motoRoot, path), basename: basename(path) });
  };
  const findFile = (spec: string): string | null => {
    const name = spec.endsWith(".py") ? spec : `${spec}.py`;
    const direct = resolve(motoRoot, name);
    if (name.includes("/") && existsSync(direct)) return direct;
    for (const d of dirs) {
      const p = join(d, basename(name));
      if (existsSync(p)) return p;
    }
    return null;
  };
  for (const raw of filters) {
    if (raw.includes("::")) {
      const [fileSpec, testSpec] = raw.split("::", 2) as [string, string];
      const path = findFile(fileSpec);
      if (!path) throw new UsageError(`filter '${raw}': no moto file '${fileSpec}' in ${dirs.join(", ")}`);
      addFile(path);
      testFilters.push({ raw, file: basename(path), pattern: globToRegExp(testSpec) });
      continue;
    }
    const path = /\.py$/.test(raw) || raw.includes("/") || !/[*?]/.test(raw) ? findFile(raw) : null;
    if (path) {
      addFile(path);
      continue;
    }
    if (/\.py$/.test(raw)) throw new UsageError(`filter '${raw}': no such moto file in ${dirs.join(", ")}`);
    testFilters.push({ raw, file: null, pattern: globToRegExp(raw) });
  }
  let note: string | null = null;
  const fileFilterGiven = files.length > 0;
  if (!fileFilterGiven) {
    const main = join(mainDir, names.motoMainFile);
    if (existsSync(main)) addFile(main);
    else {
      for (const f of testFiles(mainDir)) addFile(join(mainDir, f));
      note = `${names.motoDir} has no ${names.motoMainFile}: taking every test_*.py of the directory`;
      if (files.length === 0) throw new UsageError(`${mainDir} has no test_*.py files`);
    }
  }
  return { files, testFilters, note };
}

/**
 * Whether a test passes the test-name filters: a file with no `FILE::TEST` filter of its own
 * and no bare test filter takes every test; otherwise any matching filter selects it.
 */
export function testSelected(filters: readonly TestFilter[], file: MotoFile, test: string): boolean {
  const relevant = filters.filter((f) => f.file === null || f.file === file.basename);
  if (relevant.length === 0) return true;
  return relevant.some((f) => f.pattern.test(test));
}
