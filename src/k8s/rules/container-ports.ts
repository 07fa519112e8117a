// Container ports.
// Source: core/validation validateContainerPorts (names are IANA service names, unique within a
// container; containerPort 1–65535; hostPort 0 or 1–65535) and AccumulateUniqueHostPorts (a
// hostIP/protocol/hostPort triple used once across the containers, and within each init container); pkg/api/pod/warnings.go for the
// warnings on duplicate or overlapping definitions and on hostIP without hostPort.
import { error, warning, type Diagnostic, type Path } from "../../diagnostic.js";
import { checkPortName } from "../names.js";
import type { Rule } from "./rule.js";
import { asArray, asRecord } from "./util.js";

interface SeenPort {
  /** The container's path and the port's index in its list: the port's path, built when reported. */
  container: Path;
  index: number;
  hostIP: string;
  hostPort: number;
}

function validPortNumber(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= 65535;
}

/** Built only when something is reported: this runs for every port. */
function portPath(container: Path, i: number, ...rest: string[]): Path {
  return [...container, "ports", i, ...rest];
}

function showPath(path: Path): string {
  return path
    .map((p) => (typeof p === "number" ? `[${p}]` : `.${p}`))
    .join("")
    .replace(/^\./, "");
}

export const containerPorts: Rule = {
  code: "port",
  codes: [
    "port/invalid-name",
    "port/duplicate-name",
    "port/invalid-number",
    "port/host-port-conflict",
    "port/duplicate",
    "port/host-ip-without-host-port",
  ],
  check(t, _ctx, out: Diagnostic[]) {
    // The sets and the map are made when a port first needs them: most containers have a port or none.
    let hostPorts: Set<string> | undefined;
    let byContainerPort: Map<string, SeenPort[]> | undefined;
    for (const ref of t.containers) {
      const ports = asArray(ref.container.ports);
      const names = ports.length > 1 ? new Set<string>() : undefined;
      // Init containers run one by one, so each is checked on its own (validateInitContainers).
      let hostPortsHere = ref.init ? undefined : hostPorts;
      for (let i = 0; i < ports.length; i++) {
        const port = asRecord(ports[i]);
        if (!port) continue;
        const name = port.name;
        if (typeof name === "string" && name !== "") {
          const problem = checkPortName(name);
          if (problem)
            out.push(
              error(
                "port/invalid-name",
                portPath(ref.path, i, "name"),
                `port name ${JSON.stringify(name)} ${problem}`,
                "use at most 15 lower case letters, digits and single '-', e.g. http or metrics",
              ),
            );
          else if (names?.has(name))
            out.push(
              error(
                "port/duplicate-name",
                portPath(ref.path, i, "name"),
                `port name ${JSON.stringify(name)} is used twice in this container`,
              ),
            );
          else names?.add(name);
        }
        const containerPort = port.containerPort;
        if (typeof containerPort === "number" && !validPortNumber(containerPort)) {
          out.push(
            error(
              "port/invalid-number",
              portPath(ref.path, i, "containerPort"),
              `containerPort ${containerPort} must be between 1 and 65535`,
            ),
          );
        }
        const hostPort = typeof port.hostPort === "number" ? port.hostPort : 0;
        if (hostPort !== 0 && !validPortNumber(hostPort)) {
          out.push(
            error(
              "port/invalid-number",
              portPath(ref.path, i, "hostPort"),
              `hostPort ${hostPort} must be between 1 and 65535 (or left out)`,
            ),
          );
        }
        const protocol = typeof port.protocol === "string" && port.protocol !== "" ? port.protocol : "TCP";
        const hostIP = typeof port.hostIP === "string" ? port.hostIP : "";
        if (hostPort !== 0) {
          if (hostPortsHere === undefined) {
            hostPortsHere = new Set<string>();
            if (!ref.init) hostPorts = hostPortsHere;
          }
          const key = `${hostIP}/${protocol}/${hostPort}`;
          if (hostPortsHere.has(key))
            out.push(
              error(
                "port/host-port-conflict",
                portPath(ref.path, i, "hostPort"),
                `hostPort ${hostPort}/${protocol} is already used by another port of this pod`,
              ),
            );
          hostPortsHere.add(key);
        }
        if (hostIP !== "" && hostPort === 0) {
          out.push(warning("port/host-ip-without-host-port", portPath(ref.path, i), "hostIP is set without hostPort, so it has no effect"));
        }
        if (typeof containerPort !== "number") continue;
        const portKey = `${containerPort}/${protocol}`;
        const seen: SeenPort = { container: ref.path, index: i, hostIP, hostPort };
        const others = byContainerPort?.get(portKey);
        if (others) {
          for (const other of others) {
            let what: string | undefined;
            if (other.hostIP === hostIP && other.hostPort === hostPort) what = "duplicate";
            else if (hostPort === 0 || other.hostPort === 0) what = "overlapping";
            else if (hostPort === other.hostPort && (hostIP === "") !== (other.hostIP === "")) what = "dangerously ambiguous";
            if (what)
              out.push(
                warning(
                  "port/duplicate",
                  portPath(ref.path, i),
                  `${what} port definition: ${portKey} is also declared at ${showPath(portPath(other.container, other.index))}`,
                ),
              );
          }
          others.push(seen);
        } else {
          (byContainerPort ??= new Map()).set(portKey, [seen]);
        }
      }
    }
  },
};
