/**
 * `@` descriptors as robfig/cron v3 `parseDescriptor` (parser.go) knows them: an exact,
 * lower-case match (no trailing space) or `@every ` followed by a Go duration.
 */
import { error, type Diagnostic } from "../diagnostic.js";
import type { CronSpec, Schedule } from "./cron-spec.js";
import { everyDelaySeconds, parseGoDuration } from "./go-duration.js";

// The five-field equivalents robfig builds; the `*` fields carry the star bit.
export const DESCRIPTOR_EXPRESSIONS: Readonly<Record<string, string>> = {
  "@yearly": "0 0 1 1 *",
  "@annually": "0 0 1 1 *",
  "@monthly": "0 0 1 * *",
  "@weekly": "0 0 * * 0",
  "@daily": "0 0 * * *",
  "@midnight": "0 0 * * *",
  "@hourly": "0 * * * *",
};

/** The five fields a descriptor stands for; undefined for anything else (own keys only). */
export function descriptorExpression(spec: string): string | undefined {
  return Object.hasOwn(DESCRIPTOR_EXPRESSIONS, spec) ? DESCRIPTOR_EXPRESSIONS[spec] : undefined;
}

const KNOWN = "@yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly or @every <duration>";

export function parseDescriptor(spec: string): Schedule | Diagnostic[] {
  const expression = descriptorExpression(spec);
  if (expression !== undefined) return cronOf(expression);
  if (spec.startsWith("@every ")) {
    const duration = parseGoDuration(spec.slice("@every ".length));
    if (!duration.ok) {
      return [
        error(
          "schedule/invalid-duration",
          [],
          `failed to parse duration ${spec}: ${duration.message}`,
          "use a Go duration such as 90s, 15m or 1h30m (units ns, us, ms, s, m, h; no d or w; no spaces)",
        ),
      ];
    }
    return { kind: "every", delaySeconds: everyDelaySeconds(duration.nanos) };
  }
  return [error("schedule/unknown-descriptor", [], `unrecognized descriptor: ${spec}`, descriptorHint(spec))];
}

function descriptorHint(spec: string): string {
  const trimmed = spec.trim().toLowerCase();
  if (descriptorExpression(trimmed) !== undefined && trimmed !== spec) {
    return `descriptors are exact and lower-case: write ${trimmed}`;
  }
  return `use ${KNOWN}, or five cron fields`;
}

function cronOf(expression: string): CronSpec {
  const [minute, hour, dom, month, dow] = expression.split(" ");
  const table = (field: string | undefined, min: number, max: number) => {
    const values = new Uint8Array(max + 1);
    if (field === "*") values.fill(1, min);
    else values[Number(field)] = 1;
    return values;
  };
  return {
    kind: "cron",
    minute: table(minute, 0, 59),
    hour: table(hour, 0, 23),
    dayOfMonth: table(dom, 1, 31),
    month: table(month, 1, 12),
    dayOfWeek: table(dow, 0, 6),
    dayOfMonthStar: dom === "*",
    dayOfWeekStar: dow === "*",
  };
}
