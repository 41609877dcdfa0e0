/**
 * Rust local names: snake_case, keyword escaping, no clash between two Python names, and
 * deterministic temporaries (`list_clusters`, `list_clusters_2`) that never capture a Python
 * variable's name.
 */
import { rustLocalName } from "./rust-syntax.js";

export class NameAllocator {
  private readonly pyToRust = new Map<string, string>();
  private readonly taken = new Set<string>();

  /** `reserved`: names of items (helpers, consts) the body must not shadow. */
  constructor(pythonNames: Iterable<string>, reserved: Iterable<string> = []) {
    for (const r of reserved) this.taken.add(r);
    for (const py of pythonNames) {
      if (this.pyToRust.has(py)) continue;
      const base = rustLocalName(py);
      let name = base;
      for (let i = 2; this.taken.has(name); i++) name = `${base}_${i}`;
      this.pyToRust.set(py, name);
      this.taken.add(name);
    }
  }

  /** The Rust name of a Python local (stable for the whole function; re-assignment shadows). */
  local(py: string): string {
    const got = this.pyToRust.get(py);
    if (got) return got;
    const base = rustLocalName(py);
    let name = base;
    for (let i = 2; this.taken.has(name); i++) name = `${base}_${i}`;
    this.pyToRust.set(py, name);
    this.taken.add(name);
    return name;
  }

  /**
   * A temporary: never a Python variable's name, and not one of `inUse` (temporaries of the same
   * statement). Temporaries of earlier statements may be shadowed: they are never read again.
   */
  temp(base: string, inUse: ReadonlySet<string>): string {
    const b = rustLocalName(base);
    let name = b;
    for (let i = 2; this.taken.has(name) || inUse.has(name); i++) name = `${b}_${i}`;
    return name;
  }

  /** A fresh name reserved for the rest of the function (error bindings, closures). */
  fresh(base: string): string {
    const name = this.temp(base, new Set());
    this.taken.add(name);
    return name;
  }
}
