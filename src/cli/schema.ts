import { configJsonSchema } from "../load/config-schema.js";
import { templateJsonSchema } from "../template/schema.js";
import { COMMON_OPTIONS, parseCommandArgs, UsageError } from "./args.js";
import { EXIT_OK, type CliIO } from "./io.js";

const HELP = `Usage: kubejobs schema [--config]

Prints the JSON Schema (draft-07) of the YAML template format, for editors: field completion,
hover that says what each field becomes in Kubernetes, and the checks kubejobs validate makes
that a schema can express (names, quantities, cron syntax, time zones, ...). kubejobs init --yaml
sets it up; by hand, save it next to your templates and associate it with *.kubejobs.yaml
(VS Code: "yaml.schemas" in .vscode/settings.json), or put a modeline on the first line of
each document:

  # yaml-language-server: $schema=./kubejobs.schema.json

The npm package ships the same file as kubejobs/schema.json
(node_modules/kubejobs/templates/kubejobs.schema.json).

With --config, prints the schema of the project file, kubejobs.config.yaml, instead.

Examples:
  kubejobs schema > kubejobs.schema.json
  kubejobs schema --config > kubejobs.config.schema.json
`;

export async function runSchema(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { ...COMMON_OPTIONS, config: { type: "boolean" } });
  if (values.help) {
    io.stdout(HELP);
    return EXIT_OK;
  }
  if (positionals.length > 0) throw new UsageError(`schema takes no arguments (got ${positionals.join(" ")})`);
  io.stdout(JSON.stringify(values.config ? configJsonSchema : templateJsonSchema(), null, 2) + "\n");
  return EXIT_OK;
}
