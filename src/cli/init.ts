import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { COMMON_OPTIONS, parseCommandArgs, UsageError } from "./args.js";
import { SETTINGS_FILE, settingsSnippet, writeEditorSettings } from "./editor-settings.js";
import { EXIT_OK, EXIT_USAGE, type CliIO } from "./io.js";

const HELP = `Usage: kubejobs init [NAME] [--schedule CRON] [--yaml] [--force]

Writes a starter template NAME.kubejobs.ts (or .yaml with --yaml) in the current directory:
a Job, or a ScheduledJob (CronJob) when --schedule is given. With --yaml it also writes
kubejobs.schema.json, which the file's modeline points editors at, and associates it with every
*.kubejobs.yaml file in .vscode/settings.json (yaml.schemas; other settings are kept), so that
editors check every document of a multi-document file. Open the current directory as the
workspace; for Neovim see the README.

Options:
      --schedule CRON   make it a ScheduledJob with this schedule, e.g. "0 3 * * *"
      --yaml            write YAML instead of TypeScript
      --force           overwrite existing files

Examples:
  kubejobs init db-migrate
  kubejobs init nightly-report --schedule "0 3 * * *" --yaml
`;

/** Starters ship in the package's templates/ folder; this module sits two levels below the root (src/cli/, dist/chunks/). */
const TEMPLATES_DIR = fileURLToPath(new URL("../../templates/", import.meta.url));

const NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

export async function runInit(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    ...COMMON_OPTIONS,
    schedule: { type: "string" },
    yaml: { type: "boolean" },
    force: { type: "boolean" },
  });
  if (values.help) {
    io.stdout(HELP);
    return EXIT_OK;
  }
  if (positionals.length > 1) throw new UsageError(`init takes one NAME (got ${positionals.join(" ")})`);
  const name = positionals[0] ?? (values.schedule === undefined ? "my-job" : "my-scheduled-job");
  if (!NAME.test(name) || name.length > 52) {
    throw new UsageError(`"${name}" is not a valid job name: use lower-case letters, digits and '-', at most 52 characters`);
  }
  if (values.schedule !== undefined && (values.schedule.includes('"') || values.schedule.includes("\n"))) {
    throw new UsageError('--schedule must be a cron expression such as "0 3 * * *"');
  }
  const ext = values.yaml ? "yaml" : "ts";
  const starter = `${values.schedule === undefined ? "job" : "scheduled-job"}.kubejobs.${ext}`;
  const file = `${name}.kubejobs.${ext}`;
  const writes: [string, string][] = [];
  const text = readFileSync(join(TEMPLATES_DIR, starter), "utf8")
    .replaceAll("__NAME__", name)
    .replaceAll("__FILE__", file)
    .replaceAll("__SCHEDULE__", values.schedule ?? "");
  writes.push([file, text]);
  if (values.yaml && !existsSync(join(io.cwd, "kubejobs.schema.json"))) {
    const { templateJsonSchema } = await import("../template/schema.js");
    writes.push(["kubejobs.schema.json", JSON.stringify(templateJsonSchema(), null, 2) + "\n"]);
  }
  for (const [path] of writes) {
    if (!values.force && existsSync(join(io.cwd, path))) {
      io.stderr(`${path}: error: already exists\n  hint: choose another NAME, or pass --force to overwrite\n`);
      return EXIT_USAGE;
    }
  }
  for (const [path, content] of writes) {
    writeFileSync(join(io.cwd, path), content);
    io.stderr(`wrote ${path}\n`);
  }
  if (values.yaml) {
    const outcome = writeEditorSettings(io.cwd);
    if (outcome === "written" || outcome === "updated") io.stderr(`${outcome === "written" ? "wrote" : "updated"} ${SETTINGS_FILE}\n`);
    if (outcome === "not-json") {
      io.stderr(`${SETTINGS_FILE}: warning: not plain JSON, left as it is\n  hint: add ${settingsSnippet()}\n`);
    }
  }
  io.stderr(`next: kubejobs render ${file}\n`);
  return EXIT_OK;
}
