// spec.managedBy: a domain-prefixed path of at most 63 characters.
// Source: batch/validation validateJobSpec (IsDomainPrefixedPath, maxManagedByLength = 63).
import { error } from "../../diagnostic.js";
import { checkDomainPrefixedPath } from "../names.js";
import type { Rule } from "./rule.js";

const MAX_MANAGED_BY_LENGTH = 63;

export const jobManagedBy: Rule = {
  code: "job/managed-by",
  codes: ["job/managed-by"],
  check(t, _ctx, out) {
    const value = t.jobSpec?.managedBy;
    if (typeof value !== "string") return;
    const path = [...t.jobSpecPath, "managedBy"];
    const problem = checkDomainPrefixedPath(value);
    if (problem)
      out.push(
        error(
          "job/managed-by",
          path,
          `managedBy ${JSON.stringify(value)} ${problem}`,
          'name the controller like "kueue.x-k8s.io/multikueue"',
        ),
      );
    if (value.length > MAX_MANAGED_BY_LENGTH)
      out.push(error("job/managed-by", path, `managedBy may be at most ${MAX_MANAGED_BY_LENGTH} characters (it has ${value.length})`));
  },
};
