/** A one-line progress bar on stderr, for terminals only. */
import type { CliIO } from "./io.js";

/** Progress output only on an interactive terminal: not under CI, not on a dumb terminal. */
export function showProgress(io: CliIO): boolean {
  return io.isTTY && !io.env.CI && io.env.TERM !== "dumb";
}

export function progressBar(total: number, io: CliIO): { tick(label: string): void; done(): void } {
  let n = 0;
  const width = 30;
  return {
    tick(label: string) {
      n++;
      const filled = total === 0 ? width : Math.round((width * n) / total);
      io.stderr(
        `\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${n}/${total} ${label.slice(0, 40).padEnd(40)}`,
      );
    },
    done() {
      io.stderr("\r" + " ".repeat(width + 60) + "\r");
    },
  };
}
