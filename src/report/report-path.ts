/**
 * A file as reports name it: relative to the working directory when inside it, with forward
 * slashes and no leading `./`, so SARIF's artifact URIs and JUnit's file names agree (and match
 * the paths of the repository a CI job checked out). `<stdin>` and paths outside stay as they are.
 */
export function reportPath(file: string, cwd: string): string {
  let path = file.replace(/\\/g, "/");
  const base = cwd.replace(/\\/g, "/").replace(/\/$/, "");
  if (path.startsWith(`${base}/`)) path = path.slice(base.length + 1);
  while (path.startsWith("./")) path = path.slice(2);
  return path;
}
