import { readFileSync } from "node:fs";

/** The 1-based line of a TS file's `export default`, found the plain way (a check on the loader's own finder). */
export function exportLineOf(file: string): number {
  return (
    readFileSync(file, "utf8")
      .split("\n")
      .findIndex((l) => l.startsWith("export default")) + 1
  );
}
