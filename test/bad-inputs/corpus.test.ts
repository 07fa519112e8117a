// The bad-input corpus (PRODUCT §6, issue 6): every file under files/ fed to `kubejobs render`
// and `kubejobs validate` as a black box. Each one must fail the way PRODUCT §3 says: exit 1
// (invalid input) or 2 (usage or I/O error), a first stderr line `FILE[:LINE:COL]: error: `,
// no stack trace, nothing on stdout, and with --out-dir nothing written and an existing
// directory left byte-for-byte as it was. Cases that currently break one of those rules are
// `it.todo` with the reason (src/ is fixed by its owners; the report lists the exact commands).
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, type CliRun } from "../helpers/cli.js";
import { escapeRegExp, pool, runCliAsync, snapshotCli, STACK_FRAME } from "./run.js";

const DIR = "test/bad-inputs/files";
const GOOD = "test/bad-inputs/good";
const CONCURRENCY = 4;

/**
 * file (under files/) → [exit code, whether the first diagnostic carries :LINE:COL, what it is].
 * A TS template's problems are placed at its default export (a throw where it was thrown).
 * Exit 2 is the I/O class (`io/*`: unreadable, binary, too large, not found, no templates);
 * everything the user wrote wrong is 1. `validate` gives the same code unless VALIDATE_EXIT says.
 */
const CASES: Record<string, [exit: 1 | 2, placed: boolean, what: string]> = {
  // malformed YAML
  "yaml-unclosed-double-quote.yaml": [1, true, "unclosed double quote"],
  "yaml-unclosed-single-quote.yaml": [1, true, "unclosed single quote"],
  "yaml-bad-indentation.yaml": [1, true, "a key indented less than its siblings"],
  "yaml-unclosed-flow-map.yaml": [1, true, "unclosed { flow map"],
  "yaml-unclosed-flow-seq.yaml": [1, true, "unclosed [ flow sequence"],
  "yaml-tab-indent.yaml": [1, true, "tabs used for indentation"],
  "yaml-duplicate-key-top.yaml": [1, true, "duplicate top-level key"],
  "yaml-duplicate-key-nested.yaml": [1, true, "duplicate key inside env"],
  "yaml-duplicate-key-via-alias.yaml": [1, true, "{ &k LEVEL: info, *k : debug }: a duplicate key through an alias"],
  "yaml-complex-key.yaml": [1, true, "a list as a mapping key (? [a, b] : c)"],
  "yaml-alias-bomb.yaml": [1, true, "billion laughs with sequences"],
  "yaml-alias-bomb-keys.yaml": [1, true, "billion laughs with mappings"],
  "yaml-recursive-alias.yaml": [1, true, "an alias inside its own anchor"],
  "yaml-unknown-anchor.yaml": [1, true, "an alias without an anchor"],
  "yaml-deep-flow-seq.yaml": [1, true, "10,000 nested [ ] in YAML flow"],
  "yaml-deep-flow-map.yaml": [1, true, "10,000 nested { } in YAML flow"],
  "yaml-deep-flow-unclosed.yaml": [1, true, "10,000 unclosed ["],
  "yaml-deep-block.yaml": [1, true, "200 levels of block mappings"],
  // prototype keys at several depths
  "yaml-proto-top.yaml": [1, true, "__proto__ at the top"],
  "yaml-proto-env.yaml": [1, true, "__proto__ inside env"],
  "yaml-proto-deep.yaml": [1, true, "__proto__ inside secrets.*.data"],
  "yaml-proto-flow-quoted.yaml": [1, true, 'quoted "__proto__" in a flow map'],
  "json-proto-key.json": [1, true, "__proto__ in JSON"],
  "yaml-constructor-top.yaml": [1, true, "constructor.prototype at the top (unknown field)"],
  "yaml-prototype-container.yaml": [1, true, "containers named prototype and constructor without image"],
  // documents that are not mappings, or no document at all
  "yaml-list-doc.yaml": [1, true, "a list"],
  "yaml-scalar-doc.yaml": [1, true, "a scalar"],
  "yaml-null-doc.yaml": [1, true, "null"],
  "yaml-multi-doc-scalar.yaml": [1, true, "a good template then a number"],
  "empty.yaml": [1, false, "an empty file"],
  "comments-only.yaml": [1, false, "comments only"],
  "whitespace-only.yaml": [1, false, "blank lines and a tab"],
  "yaml-only-separators.yaml": [1, false, "--- and ... only"],
  // not text
  "binary-png-header.yaml": [2, true, "a PNG header"],
  "binary-random-nul.yaml": [2, true, "random bytes with a NUL"],
  "binary-nul-in-text.yaml": [2, true, "text with one NUL"],
  "invalid-utf8.yaml": [2, false, "Latin-1 bytes in a UTF-8 file"],
  "invalid-utf8-overlong.yaml": [2, false, "an overlong UTF-8 sequence"],
  "utf16le-bom.yaml": [2, true, "UTF-16LE with BOM"],
  // JSON
  "json-deep-nesting.json": [1, true, "10,000 nested [ ] in JSON"],
  "json-huge-number.json": [1, true, "1e400 (Infinity) as backoffLimit"],
  "json-huge-integer.json": [1, true, "activeDeadlineSeconds 1.2e29, over int64 (schema/range since the int64 bounds)"],
  "json-duplicate-key.json": [1, true, "duplicate key in JSON"],
  "json-unterminated.json": [1, true, "JSON cut off in a string"],
  // TS / JS templates
  "js-syntax-error.kubejobs.js": [1, true, "JS syntax error (esbuild position)"],
  "js-unclosed-object.kubejobs.mjs": [1, true, "unclosed object at end of file"],
  "ts-module-throws.kubejobs.ts": [1, true, "module throws an Error"],
  "ts-module-throws-string.kubejobs.ts": [1, false, "module throws a string"],
  "ts-module-throws-undefined.kubejobs.ts": [1, false, "module throws undefined"],
  "ts-module-throws-evil-error.kubejobs.ts": [1, true, "Error whose name/message getters throw"],
  "ts-module-throws-unprintable.kubejobs.ts": [1, false, "thrown value whose toString throws"],
  "ts-default-number.kubejobs.ts": [1, true, "default export 42"],
  "ts-default-string.kubejobs.ts": [1, true, "default export a string"],
  "ts-default-null.kubejobs.ts": [1, true, "default export null"],
  "ts-default-undefined.kubejobs.ts": [1, true, "default export undefined"],
  "ts-default-class.kubejobs.ts": [1, false, "default export a class"],
  "ts-default-class-instance.kubejobs.ts": [1, true, "default export a class instance"],
  "ts-default-symbol.kubejobs.ts": [1, true, "default export a symbol"],
  "ts-default-bigint.kubejobs.ts": [1, true, "a bigint field"],
  "ts-default-no-kind.kubejobs.ts": [1, true, "an object without kind"],
  "ts-no-default.kubejobs.ts": [1, false, "no default export"],
  "ts-fn-throws.kubejobs.ts": [1, true, "default function throws"],
  "ts-fn-rejects.kubejobs.ts": [1, true, "async default function throws"],
  "ts-fn-returns-rejected.kubejobs.ts": [1, true, "default function returns a rejected promise"],
  "ts-fn-returns-garbage.kubejobs.ts": [1, true, "default function returns 42"],
  "ts-fn-returns-function.kubejobs.ts": [1, true, "default function returns a function"],
  "ts-fn-returns-undefined.kubejobs.ts": [1, true, "default function returns nothing"],
  "ts-fn-stack-overflow.kubejobs.ts": [1, true, "default function overflows the stack"],
  "ts-array-with-garbage.kubejobs.ts": [1, true, "a list with non-templates"],
  "ts-array-template-error.kubejobs.ts": [1, true, "second template of a list invalid"],
  "ts-getter-throws.kubejobs.ts": [1, true, "a getter that throws"],
  "ts-kind-getter-throws.kubejobs.ts": [1, true, "a `kind` getter that throws (read before copying)"],
  "ts-proxy-throws.kubejobs.ts": [1, true, "a Proxy whose get trap throws"],
  "ts-fn-never-settles.kubejobs.ts": [1, false, "a default function whose promise never settles"],
  "ts-tla-never-settles.kubejobs.ts": [1, false, "a top-level await that never settles"],
  "ts-writes-stdout.kubejobs.ts": [1, true, "process.stdout.write in the module (goes to stderr)"],
  "ts-global-console-log.kubejobs.ts": [1, true, "globalThis.console.log in the module (goes to stderr)"],
  "ts-cycle.kubejobs.ts": [1, true, "an object cycle"],
  "ts-not-data.kubejobs.ts": [1, true, "a Date and a function"],
  "ts-proto-key.kubejobs.ts": [1, true, "__proto__ from JSON.parse"],
  "ts-deep-nesting.kubejobs.ts": [1, true, "10,000 nested arrays"],
  "ts-unresolved-relative.kubejobs.ts": [1, true, "import of a missing relative file"],
  "ts-unresolved-package.kubejobs.ts": [1, true, "import of a package that is not installed"],
  "ts-unknown-library-export.kubejobs.ts": [1, true, "a name kubejobs does not export"],
  "ts-template-errors.kubejobs.ts": [1, true, "rule errors in a TS template"],
  // every template-level error class
  "tmpl-unknown-field-top.yaml": [1, true, "unknown field (typo) at the top"],
  "tmpl-unknown-field-container.yaml": [1, true, "unknown field in a container"],
  "tmpl-wrong-type-name.yaml": [1, true, "name is a number"],
  "tmpl-wrong-type-containers-list.yaml": [1, true, "containers as a Kubernetes-style list"],
  "tmpl-wrong-type-env-list.yaml": [1, true, "env as a Kubernetes-style list"],
  "tmpl-wrong-type-backoff.yaml": [1, true, "backoffLimit a string"],
  "tmpl-wrong-type-command.yaml": [1, true, "command a string"],
  "tmpl-wrong-type-labels.yaml": [1, true, "a label value that is a map"],
  "tmpl-null-containers.yaml": [1, true, "containers: null"],
  "tmpl-missing-containers.yaml": [1, true, "no containers"],
  "tmpl-empty-containers.yaml": [1, true, "containers: {}"],
  "tmpl-missing-name.yaml": [1, true, "no name"],
  "tmpl-missing-schedule.yaml": [1, true, "ScheduledJob without schedule"],
  "tmpl-missing-image.yaml": [1, true, "container without image"],
  "tmpl-restart-always.yaml": [1, true, "restartPolicy: Always"],
  "tmpl-bad-secret-ref.yaml": [1, true, "secret://NAME without KEY"],
  "tmpl-bad-configmap-ref.yaml": [1, true, "envFrom configmap://NAME/KEY"],
  "tmpl-bad-file-ref.yaml": [1, true, "contentFrom secret://"],
  "tmpl-bad-dir-url.yaml": [1, true, "dirs nfs://"],
  "tmpl-missing-from-env.yaml": [1, true, "fromEnv variable not set"],
  "tmpl-missing-from-file.yaml": [1, true, "fromFile that does not exist"],
  "tmpl-bad-schedule.yaml": [1, true, "minute 61"],
  "tmpl-schedule-tz-prefix.yaml": [1, true, "CRON_TZ= in the schedule"],
  "tmpl-bad-timezone.yaml": [1, true, "unknown time zone"],
  "tmpl-name-too-long.yaml": [1, true, "ScheduledJob name over 52"],
  "tmpl-bad-name.yaml": [1, true, "name not DNS-1123"],
  "tmpl-unicode-name.yaml": [1, true, "non-ASCII name and container name"],
  "tmpl-bad-container-name.yaml": [1, true, "container name not a DNS label"],
  "tmpl-bad-quantity.yaml": [1, true, "cpu 250x"],
  "tmpl-requests-over-limits.yaml": [1, true, "memory 2Gi-1Gi"],
  "tmpl-bad-label.yaml": [1, true, "bad label key and value"],
  "tmpl-duplicate-container-names.yaml": [1, true, "init and main container share a name"],
  "tmpl-bad-env-name.yaml": [1, true, "env name with ="],
  "yaml-empty-env-name.yaml": [1, true, 'env name "" (env/invalid-name)'],
  "tmpl-bad-file-mode.yaml": [1, true, "file mode 0999"],
  "tmpl-bad-probe.yaml": [1, true, "ftp:// probe"],
  "tmpl-secret-bad-type.yaml": [1, true, "secret type password"],
  "tmpl-secret-missing-key.yaml": [1, true, "basic secret without password"],
  "tmpl-secret-value-wrong-type.yaml": [1, true, "secret value a number / both fromEnv and fromFile"],
  "tmpl-negative-numbers.yaml": [1, true, "negative and fractional counts"],
  "tmpl-field-too-new.yaml": [1, true, "managedBy for Kubernetes 1.29 (run with --kube-version 1.29)"],
  "tmpl-kind-cronjob-no-apiversion.yaml": [1, true, "kind CronJob without apiVersion"],
  "tmpl-kind-lowercase.yaml": [1, true, "kind: job"],
  "tmpl-many-errors.yaml": [1, true, "many errors in one template"],
  "multi-doc-one-bad.yaml": [1, true, "one bad document in a stream"],
  // manifests: render refuses them, validate checks them
  "manifest-invalid-job.yaml": [1, true, "invalid Job manifest"],
  "manifest-cronjob-bad-schedule.yaml": [1, true, "CronJob with a seconds field"],
  "manifest-wrong-apiversion.yaml": [1, true, "batch/v2"],
  "manifest-secret-bad-base64.yaml": [1, true, "Secret data not base64"],
  "manifest-configmap-bad-key.yaml": [1, true, "ConfigMap key with /"],
  // directories
  "dir-no-templates": [2, false, "a directory with a Deployment, a README and a helper module"],
  "dir-bad-template": [1, true, "a directory whose templates are invalid"],
};

/** Extra arguments for a case. */
const EXTRA_ARGS: Record<string, string[]> = {
  "tmpl-field-too-new.yaml": ["--kube-version", "1.29"],
};

/**
 * Files in files/ that break a rule today. Each is `it.todo` (not run) with the reason; the
 * report to the lead has the exact command and output.
 */
const TODO: Record<string, string> = {};

/**
 * What a template itself writes before our diagnostics: it lands on stderr (stdout carries only
 * manifests), so the first diagnostic line comes after it. Checked exactly.
 */
const TEMPLATE_OUTPUT: Record<string, string> = {
  "ts-writes-stdout.kubejobs.ts": "debug: building the template\n",
  "ts-global-console-log.kubejobs.ts": "debug via globalThis.console\n",
};

/** Cases where `validate` exits differently from `render` (none today: the loader and layers are shared). */
const VALIDATE_EXIT: Record<string, 1 | 2> = {};

/** A representative subset also run with --out-dir (each spawn costs ~150 ms). */
const OUT_DIR_CASES = [
  "yaml-unclosed-double-quote.yaml",
  "yaml-tab-indent.yaml",
  "yaml-alias-bomb.yaml",
  "yaml-proto-top.yaml",
  "binary-png-header.yaml",
  "empty.yaml",
  "json-deep-nesting.json",
  "ts-module-throws.kubejobs.ts",
  "ts-fn-rejects.kubejobs.ts",
  "ts-no-default.kubejobs.ts",
  "tmpl-restart-always.yaml",
  "tmpl-missing-from-env.yaml",
  "multi-doc-one-bad.yaml",
  "dir-bad-template",
] as const;

interface Case {
  /** Unique within the run (two stdin cases share the argument `-`). */
  id: string;
  /** How the case is named on the command line (and in the first diagnostic). */
  arg: string;
  /** What the first line of stderr starts with (default: the argument itself). */
  shown?: RegExp;
  exit: 1 | 2;
  placed: boolean;
  extra?: string[];
  input?: Buffer;
  validate?: 1 | 2 | false;
  /** What the template itself writes to stderr ahead of the first diagnostic (TEMPLATE_OUTPUT). */
  before?: string;
}

function firstLine(run: CliRun, before = ""): string {
  return (run.stderr.startsWith(before) ? run.stderr.slice(before.length) : run.stderr).split("\n")[0] ?? "";
}

/** The rules of PRODUCT §3 for a failed run, checked together so a failure names all of them. */
function expectFailure(run: CliRun, c: Case, command: "render" | "validate"): void {
  const expectedExit = command === "validate" && c.validate ? c.validate : c.exit;
  const shown = c.shown ?? new RegExp(`^${escapeRegExp(c.arg)}`);
  const where = c.placed ? String.raw`:\d+:\d+` : "";
  const head = new RegExp(`${shown.source}${where}: error: \\S`);
  const before = c.before ?? "";
  const first = firstLine(run, before);
  expect({
    status: run.status,
    stdout: run.stdout,
    stack: STACK_FRAME.test(run.stderr),
    internal: /internal error/.test(run.stderr),
    before: run.stderr.startsWith(before),
    head: head.test(first) || first,
  }).toEqual({
    status: expectedExit,
    stdout: "",
    stack: false,
    internal: false,
    before: true,
    head: true,
  });
}

const tmp = mkdtempSync(join(tmpdir(), "kj-bad-inputs-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Cases generated at run time (too big to commit, or not valid TS for tsc), by name. */
const GENERATED = [
  "50 MB file",
  "50 MB on stdin",
  "NUL bytes on stdin",
  "invalid UTF-8 on stdin",
  "1 MB single-line label value",
  "TS syntax error",
  "an empty directory",
  "a path that does not exist",
  "a path under a regular file",
] as const;

function generatedCases(): Record<(typeof GENERATED)[number], Case> {
  const big = join(tmp, "big-50mb.yaml");
  const header = "kind: Job\nname: big\ncontainers:\n  main:\n    image: busybox\n";
  writeFileSync(big, header + "# " + "x".repeat(50 * 1024 * 1024) + "\n");
  const longValue = join(tmp, "long-label-1mb.yaml");
  writeFileSync(longValue, `${header}labels:\n  team: ${"y".repeat(1024 * 1024)}\n`);
  const syntax = join(tmp, "ts-syntax-error.kubejobs.ts");
  writeFileSync(
    syntax,
    'import { job } from "kubejobs";\n\nconst retries: number = ;\nexport default job({ name: "x", containers: { main: { image: "busybox" } }, backoffLimit: retries });\n',
  );
  const emptyDir = join(tmp, "empty-dir");
  mkdirSync(emptyDir);
  return {
    "50 MB file": { id: "50 MB file", arg: big, exit: 2, placed: false },
    "50 MB on stdin": { id: "50 MB on stdin", arg: "-", shown: /^<stdin>/, exit: 2, placed: false, input: readFileSync(big) },
    "NUL bytes on stdin": {
      id: "NUL bytes on stdin",
      arg: "-",
      shown: /^<stdin>/,
      exit: 2,
      placed: true,
      input: readFileSync(join(DIR, "binary-png-header.yaml")),
    },
    "invalid UTF-8 on stdin": {
      id: "invalid UTF-8 on stdin",
      arg: "-",
      shown: /^<stdin>/,
      exit: 2,
      placed: false,
      input: readFileSync(join(DIR, "invalid-utf8.yaml")),
    },
    "1 MB single-line label value": { id: "1 MB single-line label value", arg: longValue, exit: 1, placed: true },
    "TS syntax error": { id: "TS syntax error", arg: syntax, exit: 1, placed: true },
    "an empty directory": { id: "an empty directory", arg: emptyDir, exit: 2, placed: false },
    "a path that does not exist": { id: "a path that does not exist", arg: `${DIR}/does-not-exist.yaml`, exit: 2, placed: false },
    "a path under a regular file": { id: "a path under a regular file", arg: `${DIR}/empty.yaml/job.yaml`, exit: 2, placed: false },
  };
}

const committed: Case[] = Object.entries(CASES).map(([file, [exit, placed]]) => ({
  id: file,
  arg: `${DIR}/${file}`,
  ...(file === "dir-bad-template" ? { shown: new RegExp(`^${escapeRegExp(`${DIR}/${file}/`)}[\\w.-]+`) } : {}),
  exit,
  placed,
  ...(EXTRA_ARGS[file] ? { extra: EXTRA_ARGS[file] } : {}),
  ...(VALIDATE_EXIT[file] ? { validate: VALIDATE_EXIT[file] } : {}),
  ...(TEMPLATE_OUTPUT[file] ? { before: TEMPLATE_OUTPUT[file] } : {}),
}));

const results = new Map<string, CliRun>();
const key = (command: string, c: Case) => `${command} ${c.id}`;
let generated = {} as Record<(typeof GENERATED)[number], Case>;

let dropSnapshot = (): void => undefined;
afterAll(() => dropSnapshot());

beforeAll(async () => {
  dropSnapshot = await snapshotCli();
  generated = generatedCases();
  const jobs: [string, Case][] = [];
  for (const c of [...committed, ...Object.values(generated)]) {
    jobs.push(["render", c]);
    if (c.validate !== false) jobs.push(["validate", c]);
  }
  const runs = await pool(jobs, CONCURRENCY, ([command, c]) =>
    runCliAsync([command, c.arg, ...(c.extra ?? [])], c.input ? { input: c.input } : {}),
  );
  jobs.forEach(([command, c], i) => results.set(key(command, c), runs[i]!));
}, 240_000);

describe("the corpus is complete", () => {
  it("has at least 60 committed bad inputs, each one in the table or on the todo list", () => {
    const files = readdirSync(DIR).sort();
    expect(files.length).toBeGreaterThanOrEqual(60);
    const unlisted = files.filter((f) => !(f in CASES) && !(f in TODO));
    const missing = [...Object.keys(CASES), ...Object.keys(TODO)].filter((f) => !files.includes(f));
    expect({ unlisted, missing }).toEqual({ unlisted: [], missing: [] });
  });
});

describe.each(["render", "validate"] as const)("kubejobs %s <bad input>", (command) => {
  it.each(Object.entries(CASES).map(([file, [exit, , what]], i) => [file, what, exit, i] as const))(
    "%s (%s) → exit %i",
    (_file, _what, _exit, i) => {
      const c = committed[i]!;
      expectFailure(results.get(key(command, c))!, c, command);
    },
  );

  it.each(GENERATED)("generated: %s", (name) => {
    const c = generated[name]!;
    expectFailure(results.get(key(command, c))!, c, command);
  });

  for (const [file, reason] of Object.entries(TODO)) it.todo(`${file}: ${reason}`);
});

describe("specific diagnostics of the corpus", () => {
  const render = (file: string) =>
    results.get(
      key(
        "render",
        committed.find((c) => c.arg === `${DIR}/${file}`)!,
      ),
    )!;
  it.each([
    ["yaml-tab-indent.yaml", "yaml/tab-indent"],
    ["yaml-duplicate-key-top.yaml", "yaml/duplicate-key"],
    ["json-duplicate-key.json", "yaml/duplicate-key"],
    ["yaml-alias-bomb.yaml", "yaml/alias-limit"],
    ["yaml-alias-bomb-keys.yaml", "yaml/alias-limit"],
    ["yaml-proto-top.yaml", "load/forbidden-key"],
    ["yaml-proto-deep.yaml", "load/forbidden-key"],
    ["yaml-list-doc.yaml", "yaml/not-a-mapping"],
    ["yaml-null-doc.yaml", "yaml/not-a-mapping"],
    ["empty.yaml", "yaml/empty"],
    ["comments-only.yaml", "yaml/empty"],
    ["binary-png-header.yaml", "io/binary"],
    ["invalid-utf8.yaml", "io/binary"],
    ["json-deep-nesting.json", "load/too-deep"],
    ["yaml-deep-flow-seq.yaml", "load/too-deep"],
    ["ts-module-throws.kubejobs.ts", "load/ts-threw"],
    ["ts-fn-returns-rejected.kubejobs.ts", "load/ts-threw"],
    ["ts-default-class.kubejobs.ts", "load/ts-threw"],
    ["ts-default-number.kubejobs.ts", "load/bad-export"],
    ["ts-no-default.kubejobs.ts", "load/bad-export"],
    ["ts-unresolved-relative.kubejobs.ts", "load/unresolved-import"],
    ["ts-kind-getter-throws.kubejobs.ts", "load/ts-threw"],
    ["ts-proxy-throws.kubejobs.ts", "load/ts-threw"],
    ["ts-fn-never-settles.kubejobs.ts", "load/never-settled"],
    ["ts-tla-never-settles.kubejobs.ts", "load/never-settled"],
    ["yaml-duplicate-key-via-alias.yaml", "yaml/duplicate-key"],
    ["yaml-complex-key.yaml", "yaml/complex-key"],
    ["tmpl-restart-always.yaml", "template/restart-policy-always"],
    ["tmpl-missing-from-env.yaml", "secret/from-env-missing"],
    ["tmpl-unknown-field-top.yaml", "template/unknown-field"],
    ["tmpl-field-too-new.yaml", "version/"],
    ["dir-no-templates", "io/no-templates"],
  ])("%s reports [%s]", (file, code) => {
    expect(render(file).stderr).toContain(`[${code}`);
  });

  it("a collection as a key prints no raw Node warning, only the diagnostic", () => {
    const { stderr } = render("yaml-complex-key.yaml");
    expect(stderr).not.toMatch(/Warning|\(node:\d+\)/);
    expect(stderr.split("\n").filter((l) => l && !l.startsWith("  "))).toHaveLength(1);
  });

  it("a template that never settles: one diagnostic naming the file, not an internal error", () => {
    for (const file of ["ts-fn-never-settles.kubejobs.ts", "ts-tla-never-settles.kubejobs.ts"]) {
      const lines = render(file)
        .stderr.split("\n")
        .filter((l) => l && !l.startsWith("  "));
      expect(lines).toEqual([expect.stringMatching(new RegExp(`^${escapeRegExp(`${DIR}/${file}`)}: error: .*\\[load/never-settled\\]$`))]);
    }
  });

  it("the 50 MB file is refused as too large without a line number", () => {
    const c = generated["50 MB file"]!;
    expect(results.get(key("render", c))!.stderr).toContain("[io/too-large]");
  });

  it("a diagnostic of a template with many errors reports them all, each on its own line", () => {
    const lines = render("tmpl-many-errors.yaml")
      .stderr.split("\n")
      .filter((l) => /: error: /.test(l));
    expect(lines.length).toBeGreaterThanOrEqual(4);
    for (const l of lines) expect(l).toMatch(new RegExp(`^${escapeRegExp(`${DIR}/tmpl-many-errors.yaml`)}:\\d+:\\d+: error: `));
  });

  it("a 1 MB invalid value is not echoed whole: messages quote its first 100 characters", () => {
    const stderr = results.get(key("render", generated["1 MB single-line label value"]!))!.stderr;
    expect(stderr).toContain("(1048576 characters)");
    expect(stderr.length).toBeLessThan(4096);
  });
});

describe("usage errors: exit 2, `kubejobs <command>: ...`, nothing on stdout", () => {
  const cases: [string, string[]][] = [
    ["unknown flag", ["render", "--frobnicate", `${DIR}/empty.yaml`]],
    ["no input", ["render"]],
    ["bad -o", ["render", "-o", "xml", `${DIR}/empty.yaml`]],
    ["unbundled --kube-version", ["render", "--kube-version", "1.2", `${DIR}/empty.yaml`]],
    ["--kube-version garbage", ["render", "--kube-version", "latest", `${DIR}/empty.yaml`]],
    ["-n without a value", ["render", `${DIR}/empty.yaml`, "-n"]],
    ["validate --format xml", ["validate", "--format", "xml", `${DIR}/empty.yaml`]],
    ["validate without input", ["validate"]],
  ];
  const runs = new Map<string, CliRun>();
  beforeAll(async () => {
    const out = await pool(cases, CONCURRENCY, ([, args]) => runCliAsync(args));
    cases.forEach(([name], i) => runs.set(name, out[i]!));
  });
  it.each(cases)("%s", (name, args) => {
    const run = runs.get(name)!;
    expect({ status: run.status, stdout: run.stdout, stack: STACK_FRAME.test(run.stderr) }).toEqual({
      status: 2,
      stdout: "",
      stack: false,
    });
    expect(firstLine(run)).toMatch(new RegExp(`^kubejobs ${args[0]}: \\S`));
  });
});

describe("render --out-dir on bad input writes nothing", () => {
  /** Every file under a directory with its bytes, and the directory's other entries (staging leftovers). */
  const snapshot = (dir: string): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const name of readdirSync(dir, { recursive: true }) as string[]) {
      const p = join(dir, name);
      out[name] = statSync(p).isDirectory() ? "<dir>" : readFileSync(p).toString("base64");
    }
    return out;
  };

  it.each(OUT_DIR_CASES)("%s: an existing out dir stays byte-for-byte, a new one is never created", async (file) => {
    const parent = mkdtempSync(join(tmp, "out-"));
    const existing = join(parent, "existing");
    const first = await runCliAsync(["render", `${GOOD}/crlf.kubejobs.yaml`, "--out-dir", existing]);
    expect(first.status).toBe(0);
    const before = snapshot(parent);
    const fresh = join(parent, "fresh");
    const [a, b] = await Promise.all([
      runCliAsync(["render", `${DIR}/${file}`, "--out-dir", existing]),
      runCliAsync(["render", `${DIR}/${file}`, "--out-dir", fresh]),
    ]);
    const c = committed.find((x) => x.arg === `${DIR}/${file}`)!;
    expectFailure(a, c, "render");
    expectFailure(b, c, "render");
    expect(existsSync(fresh)).toBe(false);
    expect(snapshot(parent)).toEqual(before);
  });

  it("an --out-dir that is a regular file: exit 2, the file untouched", async () => {
    const parent = mkdtempSync(join(tmp, "out-"));
    writeFileSync(join(parent, "somefile"), "keep me");
    const run = await runCliAsync(["render", join(ROOT, GOOD, "crlf.kubejobs.yaml"), "--out-dir", "somefile"], { cwd: parent });
    expectFailure(run, { id: "somefile", arg: "somefile", exit: 2, placed: false }, "render");
    expect(readdirSync(parent)).toEqual(["somefile"]);
    expect(readFileSync(join(parent, "somefile"), "utf8")).toBe("keep me");
  });

  it("an --out-dir under a regular file: exit 2, a one-line I/O error naming it, the file untouched", async () => {
    const parent = mkdtempSync(join(tmp, "out-"));
    writeFileSync(join(parent, "somefile"), "keep me");
    const run = await runCliAsync(["render", join(ROOT, GOOD, "crlf.kubejobs.yaml"), "--out-dir", "somefile/out"], { cwd: parent });
    expectFailure(run, { id: "somefile/out", arg: "somefile/out", exit: 2, placed: false }, "render");
    expect(run.stderr).not.toContain("internal error");
    expect(readdirSync(parent)).toEqual(["somefile"]);
    expect(readFileSync(join(parent, "somefile"), "utf8")).toBe("keep me");
  });

  it.skipIf(process.getuid?.() === 0)(
    "an --out-dir whose parent is read-only: exit 2 (not run as root: permission bits do not stop root)",
    async () => {
      const parent = mkdtempSync(join(tmp, "ro-"));
      chmodSync(parent, 0o500);
      const run = await runCliAsync(["render", `${GOOD}/crlf.kubejobs.yaml`, "--out-dir", join(parent, "out")]);
      chmodSync(parent, 0o700);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe("");
    },
  );
});

describe("inputs that look odd but are valid render", () => {
  it.each([
    ["bom-prefixed.kubejobs.yaml", "with-bom"],
    ["crlf.kubejobs.yaml", "crlf"],
    ["constructor-keys.kubejobs.yaml", "ctor-keys"],
    // Decided: .json files are read as YAML 1.2 (same positions, duplicate-key errors and limits
    // as YAML), which tolerates a trailing comma; documented in the README.
    ["trailing-comma.kubejobs.json", "trailing"],
  ])("%s", async (file, name) => {
    const run = await runCliAsync(["render", `${GOOD}/${file}`]);
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: "" });
    const docs = parseAllDocuments(run.stdout).map((d) => d.toJS());
    expect(docs.at(-1).metadata.name).toBe(name);
  });

  it("a TS template that writes to stdout: its output goes to stderr, stdout holds only the manifest", async () => {
    const run = await runCliAsync(["render", `${GOOD}/writes-stdout.kubejobs.ts`]);
    expect({ status: run.status, stderr: run.stderr }).toEqual({
      status: 0,
      stderr: "debug: process.stdout.write\ndebug: globalThis.console.log\ndebug: globalThis.console.info in the default function\n",
    });
    expect(parseAllDocuments(run.stdout).map((d) => d.toJS().metadata.name)).toEqual(["writes-stdout"]);
  });

  it("constructor/prototype/toString keys come out as ordinary data", async () => {
    const run = await runCliAsync(["render", `${GOOD}/constructor-keys.kubejobs.yaml`]);
    const job = parseAllDocuments(run.stdout)
      .map((d) => d.toJS())
      .at(-1);
    expect(job.metadata.labels).toMatchObject({ constructor: "yes", prototype: "yes" });
    expect(job.spec.template.spec.containers[0].env).toEqual([
      { name: "constructor", value: "a" },
      { name: "prototype", value: "b" },
      { name: "toString", value: "c" },
      { name: "hasOwnProperty", value: "d" },
      { name: "valueOf", value: "e" },
    ]);
  });

  it("the BOM file and the same file without BOM render byte-identical (but for the name)", async () => {
    const withBom = readFileSync(`${GOOD}/bom-prefixed.kubejobs.yaml`);
    expect([...withBom.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [a, b] = await Promise.all([
      runCliAsync(["render", "-"], { input: withBom }),
      runCliAsync(["render", "-"], { input: withBom.subarray(3) }),
    ]);
    expect(a.status).toBe(0);
    expect(a.stdout).toBe(b.stdout);
  });
});

describe("stdin is checked as a file is", () => {
  const render = (file: string) =>
    results.get(
      key(
        "render",
        committed.find((c) => c.arg === `${DIR}/${file}`)!,
      ),
    )!;
  it.each([
    ["invalid UTF-8 on stdin", "invalid-utf8.yaml"],
    ["NUL bytes on stdin", "binary-png-header.yaml"],
  ] as const)("%s: io/binary, as %s by name", (name, file) => {
    const run = results.get(key("render", generated[name]!))!;
    expect(run.stderr).toContain("[io/binary]");
    expect(run.stderr).not.toContain("\ufffd");
    expect(render(file).stderr).toContain("[io/binary]");
  });

  it("50 MB on stdin: io/too-large", () => {
    expect(results.get(key("render", generated["50 MB on stdin"]!))!.stderr).toContain("[io/too-large]");
  });
});
