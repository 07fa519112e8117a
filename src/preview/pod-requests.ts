import { parseQuantity } from "../k8s/quantities.js";
import type { RunRequests } from "./preview-data.js";

/**
 * What one run of a Job asks the scheduler for: the pod's effective requests (the scheduler's
 * rule: the larger of the app containers plus sidecars, and each init container plus the sidecars
 * started before it), times the pods that run at once. A container without a request but with a
 * limit requests its limit (API defaulting).
 */
export function jobRequests(jobSpec: Record<string, unknown>): RunRequests {
  const pod = record(record(jobSpec.template)?.spec) ?? {};
  const cpu = effective(pod, "cpu");
  const memory = effective(pod, "memory");
  const parallelism = wholeNumber(jobSpec.parallelism) ?? 1;
  const completions = wholeNumber(jobSpec.completions);
  const pods = completions === undefined ? parallelism : Math.min(parallelism, completions);
  return { cpu: cpu * pods, memory: memory * pods, pods };
}

function effective(pod: Record<string, unknown>, resource: "cpu" | "memory"): number {
  let sidecars = 0;
  let initPeak = 0;
  for (const c of list(pod.initContainers)) {
    const amount = request(c, resource);
    if (c.restartPolicy === "Always") sidecars += amount;
    else initPeak = Math.max(initPeak, amount + sidecars);
  }
  const app = list(pod.containers).reduce((sum, c) => sum + request(c, resource), 0);
  return Math.max(app + sidecars, initPeak);
}

function request(container: Record<string, unknown>, resource: string): number {
  const resources = record(container.resources) ?? {};
  const value = record(resources.requests)?.[resource] ?? record(resources.limits)?.[resource];
  if (typeof value !== "string" && typeof value !== "number") return 0;
  return Math.max(0, parseQuantity(value)?.value ?? 0);
}

function list(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => record(v) !== undefined) : [];
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function wholeNumber(value: unknown): number | undefined {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : undefined;
}
