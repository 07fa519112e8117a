// Shared checks for probe and lifecycle handlers.
// Source: core/validation validateHandler (exactly one handler), validateExecAction,
// validateHTTPGetAction (ValidatePortNumOrName, IsHTTPHeaderName), validateTCPSocketAction.
import { error, type Diagnostic, type Path } from "../../diagnostic.js";
import { checkHttpHeaderName, checkPortName } from "../names.js";
import { asArray, asRecord, isRecord, type Json } from "./util.js";

export type HandlerArea = "probe" | "lifecycle";

// These checks run for every probe and hook: paths are built only when something is reported, from
// the container's path (`base`) and the handler holder's place in it (`at`, a constant such as
// ["livenessProbe"] or ["lifecycle", "preStop"]).
function handlerPath(base: Path, at: Path, ...rest: (string | number)[]): Path {
  return [...base, ...at, ...rest];
}

/** A port given as a number (1–65535) or as the name of a container port, at `<handler>.port`. */
export function checkPortNumOrName(port: unknown, base: Path, at: Path, handler: string, out: Diagnostic[], area: HandlerArea): void {
  if (typeof port === "number") {
    if (!Number.isInteger(port) || port < 1 || port > 65535)
      out.push(error(`${area}/invalid-port`, handlerPath(base, at, handler, "port"), `port ${port} must be between 1 and 65535`));
  } else if (typeof port === "string") {
    const problem = checkPortName(port);
    if (problem) {
      const numeric = /^[0-9]+$/.test(port);
      out.push(
        error(
          `${area}/invalid-port`,
          handlerPath(base, at, handler, "port"),
          `port ${JSON.stringify(port)} is neither a port number nor a valid port name: ${problem}`,
          numeric ? `write the number without quotes: ${port}` : undefined,
        ),
      );
    }
  }
}

/** Counts the handlers present and checks each; returns how many there were. */
export function checkHandlers(
  holder: Json,
  kinds: readonly string[],
  base: Path,
  at: Path,
  what: string,
  out: Diagnostic[],
  area: HandlerArea,
): number {
  let count = 0;
  for (const kind of kinds) if (isRecord(holder[kind])) count++;
  if (count > 1) {
    const present = kinds.filter((k) => isRecord(holder[k]));
    out.push(
      error(
        `${area}/handler-count`,
        handlerPath(base, at),
        `${what} may set only one of ${kinds.join(", ")} (it sets ${present.join(" and ")})`,
      ),
    );
  }
  const exec = asRecord(holder.exec);
  if (exec && asArray(exec.command).length === 0)
    out.push(error(`${area}/exec-command`, handlerPath(base, at, "exec", "command"), `${what} exec needs a command`));
  const http = asRecord(holder.httpGet);
  if (http) {
    checkPortNumOrName(http.port, base, at, "httpGet", out, area);
    const headers = asArray(http.httpHeaders);
    for (let i = 0; i < headers.length; i++) {
      const name = asRecord(headers[i])?.name;
      if (typeof name !== "string") continue;
      const problem = checkHttpHeaderName(name);
      if (problem)
        out.push(
          error(
            `${area}/invalid-header`,
            handlerPath(base, at, "httpGet", "httpHeaders", i, "name"),
            `HTTP header name ${JSON.stringify(name)} ${problem}`,
          ),
        );
    }
  }
  const tcp = asRecord(holder.tcpSocket);
  if (tcp) checkPortNumOrName(tcp.port, base, at, "tcpSocket", out, area);
  return count;
}
