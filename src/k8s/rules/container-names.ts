// Container names: DNS-1123 labels, unique across init containers and containers.
// Source: core/validation validateInitContainers / validateContainers (ValidateDNS1123Label,
// validateInitContainers seeds its name set with the regular containers' names, so a clash
// between an init container and a container is reported on the init container).
import { error } from "../../diagnostic.js";
import { checkDns1123Label } from "../names.js";
import type { Rule } from "./rule.js";

export const containerNames: Rule = {
  code: "container/name",
  codes: ["container/invalid-name", "container/duplicate-name"],
  check(t, _ctx, out) {
    const seen = new Map<string, boolean>();
    const regularFirst = [...t.containers.filter((r) => !r.init), ...t.containers.filter((r) => r.init)];
    for (const ref of regularFirst) {
      const name = ref.container.name;
      if (typeof name !== "string" || name === "") continue;
      const path = [...ref.path, "name"];
      const problem = checkDns1123Label(name);
      if (problem) {
        out.push(
          error(
            "container/invalid-name",
            path,
            `container name ${JSON.stringify(name)} ${problem}`,
            "use lower case letters, digits and '-', e.g. report",
          ),
        );
      } else if (seen.has(name)) {
        const where = seen.get(name) ? "another init container" : ref.init ? "a container" : "another container";
        out.push(
          error(
            "container/duplicate-name",
            path,
            `container name ${JSON.stringify(name)} is already used by ${where}; names must be unique across initContainers and containers`,
            "rename one of them",
          ),
        );
      }
      if (!seen.has(name)) seen.set(name, ref.init);
    }
  },
};
