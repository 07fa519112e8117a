import type { Diagnostic, Severity } from "../diagnostic.js";

/** One object of the input as a report names it: a template, or a plain manifest. */
export interface ReportObject {
  file: string;
  /** `Job`, `ScheduledJob`, `CronJob`, `Secret`, ...; empty when the document had none. */
  kind: string;
  name: string;
  namespace?: string;
  /** Where the object starts in its file (YAML/JSON: its document; TS: the default export), to list objects in file order. */
  line?: number;
  /** Diagnostics about this object (placed: file, line, template path). */
  diagnostics: Diagnostic[];
}

/**
 * An object of a kind kubejobs does not check (a ServiceAccount next to the Job), passed over as
 * kubeconform passes over kinds it has no schema for: the spine lists them, reports count them.
 */
export interface SkippedObject {
  file: string;
  /** Where the object starts in its file. */
  line?: number;
  kind: string;
  name?: string;
  namespace?: string;
}

/** A rule as SARIF describes it (`tool.driver.rules[]`). */
export interface ReportRule {
  id: string;
  /** The rule's default level in this run; `off` rules are left out of SARIF. */
  level: Severity | "off";
  description: string;
  help: string;
}

/** Everything a format needs: the findings, and what they are about. */
export interface ReportInput {
  command: "lint" | "validate";
  /** Every diagnostic, placed, in any order (formats sort them). */
  diagnostics: Diagnostic[];
  /** The objects checked, in input order (JUnit test cases); diagnostics not about one are file-level. */
  objects: ReportObject[];
  /** Objects passed over unchecked, in input order: JUnit skipped test cases, JSON's summary.skipped. */
  skipped?: SkippedObject[];
  /** How many input files, also those that did not parse. */
  files: number;
  /** The rules that can fire (lint: the catalogue at its levels); codes that fire without an entry get one. */
  rules: ReportRule[];
  /** Findings at or above this severity fail the run (JUnit failures, and the exit status). */
  failLevel: Severity;
  /** kubejobs' version, for SARIF's tool.driver. */
  version: string;
  /** The working directory: SARIF's artifact URIs and JUnit's file names are relative to it. */
  cwd: string;
}

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countSeverities(diagnostics: readonly Diagnostic[]): Counts {
  const counts: Counts = { errors: 0, warnings: 0, infos: 0 };
  for (const d of diagnostics) {
    if (d.severity === "error") counts.errors++;
    else if (d.severity === "warning") counts.warnings++;
    else counts.infos++;
  }
  return counts;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** 0 for errors, 1 for warnings, 2 for infos: lower is worse. */
export function severityRank(severity: Severity): number {
  return RANK[severity];
}

/** Whether a diagnostic is at or above the fail level (`--fail-level`). */
export function failsAt(d: Diagnostic, failLevel: Severity): boolean {
  return RANK[d.severity] <= RANK[failLevel];
}
