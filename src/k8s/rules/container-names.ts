// Container names: DNS-1123 labels, unique across init containers and containers.
// Source: core/validation validateInitContainers / validateContainers (ValidateDNS1123Label,
// validateInitContainers seeds its name set with the regular containers' names, so a clash
// between an init container and a container is reported on the init container).
import { error } from "../../diagnostic.js";
import { checkDns1123Label } from "../names.js";
import type { Rule } from "./rule.js";

const REGULAR_THEN_INIT = [false, true] as const;

export const containerNames: Rule = {
  code: "container/name",
  codes: ["container/invalid-name", "container/duplicate-name"],
  check(t, _ctx, out) {
    // Names seen (and whether by an init container): only two or more containers can clash.
    const seen = t.containers.length > 1 ? new Map<string, boolean>() : undefined;
    // Regular containers first, then init containers: two passes over the list, no reordered copy.
    for (const initPass of REGULAR_THEN_INIT)
      for (const ref of t.containers) {
        if (ref.init !== initPass) continue;
        const name = ref.container.name;
        if (typeof name !== "string" || name === "") continue;
        const problem = checkDns1123Label(name);
        if (problem) {
          out.push(
            error(
              "container/invalid-name",
              [...ref.path, "name"],
              `container name ${JSON.stringify(name)} ${problem}`,
              "use lower case letters, digits and '-', e.g. report",
            ),
          );
        } else if (seen?.has(name)) {
          const where = seen.get(name) ? "another init container" : ref.init ? "a container" : "another container";
          out.push(
            error(
              "container/duplicate-name",
              [...ref.path, "name"],
              `container name ${JSON.stringify(name)} is already used by ${where}; names must be unique across initContainers and containers`,
              "rename one of them",
            ),
          );
        }
        if (seen && !seen.has(name)) seen.set(name, ref.init);
      }
  },
};
