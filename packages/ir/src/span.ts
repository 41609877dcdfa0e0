/** A source location: 1-based line and column, end exclusive. */
export interface Span {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly endLine: number;
  readonly endCol: number;
}

export function span(file: string, line: number, col: number, endLine = line, endCol = col): Span {
  return { file, line, col, endLine, endCol };
}

/** A span for things synthesised by the compiler, with no source text behind them. */
export const NO_SPAN: Span = { file: "<generated>", line: 0, col: 0, endLine: 0, endCol: 0 };

export function formatSpan(s: Span): string {
  return `${s.file}:${s.line}:${s.col}`;
}
