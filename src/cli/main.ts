import { UsageError } from "./args.js";
import { EXIT_OK, EXIT_USAGE, type CliIO } from "./io.js";

declare const KUBEJOBS_VERSION: string;

const USAGE = `kubejobs — terse templates to Kubernetes Jobs and CronJobs

Usage: kubejobs <command> [options]

Commands:
  render <file|dir|->...    compile templates to manifests (YAML stream, JSON List, or --out-dir)
  validate <file|dir|->...  check templates and plain Job/CronJob/Secret/ConfigMap manifests
  lint <file|dir|->...      validate, then check security (Pod Security Standards) and batch traps
  next <schedule|file>      preview the next run times of a schedule, as Kubernetes computes them
  preview <file|dir|->...   every CronJob's week on one page: overlaps, load, pile-ups, clock changes
  init [NAME]               write a starter template (TypeScript, or --yaml)
  schema                    print the JSON Schema of YAML templates
  krm                       run as a KRM function (kpt, kustomize): ResourceList on stdin and stdout

Options:
  -h, --help      help for a command: kubejobs render --help
  -v, --version   print the version

Examples:
  kubejobs render examples/nightly-report.kubejobs.yaml | kubectl apply -f -
  kubejobs validate jobs/ --kube-version 1.30
  kubejobs next "30 2 * * *" --tz America/New_York
  kubejobs preview examples/ -o week.html
`;

type Command = (argv: string[], io: CliIO) => Promise<number>;

/**
 * Each command is loaded only when used, so `render x.yaml` never loads esbuild, nor `next` ajv.
 * A Map: the command name is the user's word, and `kubejobs constructor` must not find Object's.
 */
const COMMANDS = new Map<string, () => Promise<Command>>([
  ["render", async () => (await import("./render.js")).runRender],
  ["validate", async () => (await import("./validate.js")).runValidate],
  ["lint", async () => (await import("./lint.js")).runLint],
  ["next", async () => (await import("./next.js")).runNext],
  ["preview", async () => (await import("./preview.js")).runPreview],
  ["init", async () => (await import("./init.js")).runInit],
  ["schema", async () => (await import("./schema.js")).runSchema],
  ["krm", async () => (await import("./krm.js")).runKrmCommand],
]);

/** argv → exit code. Never throws for bad input; an unexpected exception is our bug. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "-h" || command === "--help" || command === "help") {
    const topic = command === "help" ? rest[0] : undefined;
    if (topic !== undefined && COMMANDS.has(topic)) return main([topic, "--help"], io);
    if (topic !== undefined) return unknownCommand(topic, io);
    // Bare `kubejobs` is a usage error: on an error, stdout stays empty.
    if (command === undefined) {
      io.stderr(USAGE);
      return EXIT_USAGE;
    }
    io.stdout(USAGE);
    return EXIT_OK;
  }
  if (command === "-v" || command === "--version" || command === "version") {
    io.stdout(`${typeof KUBEJOBS_VERSION === "string" ? KUBEJOBS_VERSION : "0.0.0-dev"}\n`);
    return EXIT_OK;
  }
  const load = COMMANDS.get(command);
  if (load === undefined) return unknownCommand(command, io);
  try {
    return await (
      await load()
    )(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`kubejobs ${command}: ${e.message}\n  hint: run kubejobs ${command} --help\n`);
      return EXIT_USAGE;
    }
    throw e;
  }
}

function unknownCommand(command: string, io: CliIO): number {
  io.stderr(`kubejobs: unknown command ${JSON.stringify(shortened(command))}\n  hint: run kubejobs --help for the list of commands\n`);
  return EXIT_USAGE;
}

/** An argument echoed in a message: a pasted megabyte stays a line. */
function shortened(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
