/** Everything a command touches outside itself, so commands are plain functions that tests can call. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads all of standard input (for the `-` argument). */
  readStdin(): Promise<string>;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Whether stderr is a terminal (colour is used only then, and never with NO_COLOR). */
  stderrIsTTY: boolean;
}

/** Exit codes: 0 success (warnings allowed), 1 invalid input, 2 usage or I/O error. */
export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;
