// Turns ajv's errors into diagnostics in the template's own terms: template paths, plain words,
// one explanation per union instead of one error per branch, and hints for the usual mistakes.
import { unionBranches, type ValidationError } from "../template/generated/template-validator.js";
import { atKey, error, type Diagnostic, type Path } from "../diagnostic.js";
import { allowedFields, childShape, chooseBranch, hasOwn, resolve, type Located, type SchemaShape } from "./template-shapes.js";
import { explainFieldProblem } from "./template-hints.js";
import { closestName } from "../suggest.js";
import { describeActual, describeExpected, describeForms, listWords, quote } from "./template-words.js";

/** Where a batch of ajv errors is anchored: the value they were computed on, its schema and its template path. */
export interface ErrorBase {
  value: unknown;
  shape: SchemaShape;
  path: Path;
  field?: string | number | undefined;
  kind: "Job" | "ScheduledJob";
}

// Unions nest only a few levels in this schema; the guard keeps a schema change from looping.
const MAX_UNION_DEPTH = 8;

export function explainErrors(errors: readonly ValidationError[], base: ErrorBase, out: Diagnostic[], depth = 0): void {
  // The run-time validator compiles each union to an if/else chain ending in `false` (see
  // scripts/gen-template-schema.ts): a failed union is a `false schema` error at its path.
  const unions = errors.filter(
    (e) => (e.keyword === "false schema" || e.keyword === "anyOf") && isUnion(locate(base, e.instancePath).shape),
  );
  const outer = unions.filter((u) => !unions.some((o) => o !== u && isUnder(u.instancePath, o.instancePath)));
  const explained = new Set<string>();
  for (const e of errors) {
    // `if` only says the discriminator's `then` failed; the `then` errors say why.
    if (e.keyword === "if") continue;
    if (outer.some((u) => e.instancePath === u.instancePath || isUnder(e.instancePath, u.instancePath))) continue;
    explainOne(e, base, out);
  }
  for (const u of outer) {
    if (explained.has(u.instancePath)) continue;
    explained.add(u.instancePath);
    explainUnion(locate(base, u.instancePath), base, out, depth);
  }
}

function explainUnion(at: Located, base: ErrorBase, out: Diagnostic[], depth: number): void {
  const union = at.shape === undefined ? undefined : resolve(at.shape);
  if (union?.anyOf === undefined || depth > MAX_UNION_DEPTH) {
    out.push(error("template/invalid", at.path, "is not valid here"));
    return;
  }
  const title = union.title ?? "value";
  const choice = chooseBranch(union, at.value);
  switch (choice.kind) {
    case "type-mismatch":
      out.push(error("template/type", at.path, `must be ${describeExpected(union, at.field)}, not ${describeActual(at.value)}`));
      return;
    case "conflict":
      out.push(
        error(
          "template/one-of",
          at.path,
          `${withArticle(title)} takes exactly one of ${listWords(choice.all, "or")}; this one has ${listWords(choice.present, "and")}`,
          `keep one of ${listWords(choice.present, "or")}`,
        ),
      );
      return;
    case "no-form": {
      const allowed = allowedFields(union);
      for (const key of Object.keys(at.value as object)) {
        if (!allowed.includes(key)) out.push(unknownField([...at.path, key], key, allowed));
      }
      out.push(
        error(
          "template/required",
          at.path,
          `${withArticle(title)} needs one of ${listWords(choice.all, "or")}`,
          `write it as ${describeForms(union)}`,
        ),
      );
      return;
    }
    case "branch": {
      const validate = union.union === undefined ? undefined : unionBranches[union.union]?.[choice.index];
      const branch = union.anyOf[choice.index]!;
      if (validate === undefined || validate(at.value)) {
        out.push(error("template/invalid", at.path, `is not a valid ${title}`, `write it as ${describeForms(union)}`));
        return;
      }
      const inner: ErrorBase = { value: at.value, shape: branch, path: at.path, field: at.field, kind: base.kind };
      explainErrors(validate.errors ?? [], inner, out, depth + 1);
    }
  }
}

function explainOne(e: ValidationError, base: ErrorBase, out: Diagnostic[]): void {
  let at = locate(base, e.instancePath);
  const params = e.params;
  switch (e.keyword) {
    case "required":
      out.push(explainFieldProblem({ problem: "required", at, field: String(params.missingProperty), kind: base.kind }));
      return;
    case "false schema":
    case "additionalProperties": {
      // `false schema` outside a union: a field the template's kind does not have (`schedule` on a Job).
      if (e.keyword === "false schema") at = locate(base, parentPointer(e.instancePath));
      const name = e.keyword === "false schema" ? lastSegment(e.instancePath) : String(params.additionalProperty);
      out.push(
        explainFieldProblem({ problem: "unknown", at, field: name, kind: base.kind }) ??
          unknownField([...at.path, name], name, at.shape === undefined ? [] : allowedFields(at.shape)),
      );
      return;
    }
    case "type": {
      const expected = at.shape !== undefined ? describeExpected(at.shape, at.field) : String(params.type);
      out.push(withYamlHint(error("template/type", at.path, `must be ${expected}, not ${describeActual(at.value)}`), at));
      return;
    }
    case "enum":
    case "const": {
      const allowed = (Array.isArray(params.allowedValues) ? params.allowedValues : [params.allowedValue]).map(String);
      const special = explainFieldProblem({ problem: "enum", at, field: String(at.field), kind: base.kind });
      out.push(special ?? error("template/enum", at.path, `must be ${listWords(allowed, "or")}, not ${valueWords(at.value)}`));
      return;
    }
    case "pattern":
      out.push(
        error("template/pattern", at.path, `${quote(at.value)} is not in the expected form`, resolve(at.shape ?? {}).patternErrorMessage),
      );
      return;
    case "minimum":
      out.push(
        error("template/minimum", at.path, Number(params.limit) === 0 ? "cannot be negative" : `must be at least ${String(params.limit)}`),
      );
      return;
    case "minProperties":
      out.push(
        at.field === "containers"
          ? error(
              "template/required",
              at.path,
              `a ${base.kind} needs at least one container`,
              "add e.g. containers: { main: { image: ghcr.io/acme/app:1.0 } }",
            )
          : error("template/required", at.path, "must not be empty"),
      );
      return;
    default:
      out.push(error("template/invalid", at.path, `is not valid (${e.keyword})`));
  }
}

export function unknownField(path: Path, name: string, allowed: readonly string[]): Diagnostic {
  const suggestion = closestName(name, allowed);
  const hint =
    suggestion !== undefined
      ? `did you mean "${suggestion}"?`
      : allowed.length > 0 && allowed.length <= 12
        ? `allowed here: ${allowed.join(", ")}`
        : undefined;
  return atKey(error("template/unknown-field", path, `unknown field ${quote(name)}`, hint));
}

/** Walks an ajv instancePath from the base, following the value and the schema in step. */
export function locate(base: ErrorBase, instancePath: string): Located {
  let value = base.value;
  let shape: SchemaShape | undefined = base.shape;
  let field = base.field;
  const path = [...base.path];
  const segments = instancePath === "" ? [] : instancePath.slice(1).split("/");
  for (const raw of segments) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    const key = Array.isArray(value) && /^\d+$/.test(segment) ? Number(segment) : segment;
    if (shape !== undefined) {
      const here = resolve(shape);
      const choice = here.anyOf !== undefined ? chooseBranch(here, value) : undefined;
      const branch = choice === undefined ? here : choice.kind === "branch" ? here.anyOf![choice.index] : undefined;
      shape = branch === undefined ? undefined : childShape(branch, key);
    }
    value = readChild(value, key);
    path.push(key);
    field = key;
  }
  return { path, value, shape, field };
}

function readChild(value: unknown, key: string | number): unknown {
  if (value === null || typeof value !== "object") return undefined;
  if (Array.isArray(value)) return typeof key === "number" ? value[key] : undefined;
  return hasOwn(value, String(key)) ? (value as Record<string, unknown>)[String(key)] : undefined;
}

function isUnion(shape: SchemaShape | undefined): boolean {
  return shape !== undefined && resolve(shape).anyOf !== undefined;
}

function parentPointer(pointer: string): string {
  return pointer.slice(0, Math.max(0, pointer.lastIndexOf("/")));
}

function lastSegment(pointer: string): string {
  return pointer
    .slice(pointer.lastIndexOf("/") + 1)
    .replace(/~1/g, "/")
    .replace(/~0/g, "~");
}

function isUnder(path: string, parent: string): boolean {
  return path.startsWith(`${parent}/`);
}

function withArticle(word: string): string {
  return /^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`;
}

function valueWords(value: unknown): string {
  return typeof value === "string" ? quote(value) : describeActual(value);
}

/** YAML reads `1.0`, `0644`, `true` unquoted as numbers and booleans; where a string is due, say so. */
function withYamlHint(d: Diagnostic, at: Located): Diagnostic {
  if (!d.message.startsWith("must be a string") || (typeof at.value !== "number" && typeof at.value !== "boolean")) return d;
  const hint =
    at.field === "mode"
      ? `quote the mode: mode: "0644" (unquoted, YAML reads 0644 as the number 644)`
      : 'quote it in YAML, e.g. "1.0" or "true"; unquoted, YAML reads it as a number or a boolean';
  return { ...d, hint };
}
