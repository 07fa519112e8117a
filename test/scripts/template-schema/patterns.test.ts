// The editor schema's patterns against the rules `validate` runs: each pattern accepts everything
// its rule accepts (the editor never flags what validate lets through), and refuses the same (or,
// where a pattern cannot see it, the cases listed here).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as P from "../../../scripts/template-schema/patterns.js";
import { checkTemplate } from "../../../src/check/check-template.js";
import {
  checkConfigMapKey,
  checkDns1123Label,
  checkDns1123Subdomain,
  checkLabelValue,
  checkQualifiedName,
  checkRelaxedEnvVarName,
} from "../../../src/k8s/names.js";
import { isNegativeQuantity, parseQuantity } from "../../../src/k8s/quantities.js";
import { parseSchedule } from "../../../src/schedule/parse-schedule.js";
import { validateTimeZone } from "../../../src/schedule/time-zone.js";
import { IANA_ZONE_NAMES } from "../../../src/schedule/generated/zone-names.js";

const re = (pattern: string) => new RegExp(pattern, "u");
const from = (chars: string, maxLength: number) => fc.array(fc.constantFrom(...chars), { maxLength }).map((a) => a.join(""));
/** Strings near the limits: short ones, and runs of 50–260 characters. */
const names = (chars: string) =>
  fc.oneof(
    from(chars, 12),
    fc.tuple(from(chars, 4), fc.integer({ min: 50, max: 260 })).map(([s, n]) => (s + "a".repeat(n) + s).slice(0, n)),
  );

describe.each([
  ["DNS-1123 label", P.DNS1123_LABEL, checkDns1123Label, "abz09-."],
  ["DNS-1123 subdomain", P.DNS1123_SUBDOMAIN, checkDns1123Subdomain, "abz09-.A"],
  ["qualified name (label keys)", P.QUALIFIED_NAME, checkQualifiedName, "aZ9-_./"],
  ["annotation key (a qualified name in lower case)", P.ANNOTATION_KEY, (key: string) => checkQualifiedName(key.toLowerCase()), "aZ9-_./"],
  ["label value", P.LABEL_VALUE, checkLabelValue, "aZ9-_. "],
  ["environment variable name (relaxed)", P.RELAXED_ENV_VAR_NAME, checkRelaxedEnvVarName, "aZ9_=. \t\u00e9"],
  ["ConfigMap and Secret key", P.CONFIG_MAP_KEY, checkConfigMapKey, "aZ9-_./ "],
])("%s: the pattern says exactly what src/k8s/names.ts says", (_, pattern, check, chars) => {
  it("on random strings of its alphabet, at and around the length limits", () => {
    const regex = re(pattern);
    fc.assert(
      fc.property(names(chars), (value) => {
        expect(regex.test(value), JSON.stringify(value)).toBe(check(value) === undefined);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("quantities", () => {
  const alphabet = "0123456789.+-eEinumkKMGTP";
  it("QUANTITY accepts exactly the non-negative quantities resource.ParseQuantity reads", () => {
    const regex = re(P.QUANTITY);
    fc.assert(
      fc.property(from(alphabet, 7), (value) => {
        const q = parseQuantity(value);
        expect(regex.test(value), JSON.stringify(value)).toBe(q !== undefined && !isNegativeQuantity(q));
      }),
      { numRuns: 20000 },
    );
  });

  it("QUANTITY_OR_RANGE accepts exactly the shorthand values validate takes", () => {
    const regex = re(P.QUANTITY_OR_RANGE);
    const quantityProblems = (value: string) =>
      checkTemplate({ kind: "Job", name: "q", containers: { main: { image: "busybox", resources: { ephemeralStorage: value } } } })
        .diagnostics.filter((d) => d.code.startsWith("quantity/"))
        .map((d) => d.code);
    fc.assert(
      fc.property(from(alphabet, 9), (value) => {
        expect(regex.test(value), JSON.stringify(value)).toBe(quantityProblems(value).length === 0);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("container resource names", () => {
  const invalidName = (resources: Record<string, unknown>) =>
    checkTemplate({
      kind: "Job",
      name: "r",
      containers: { main: { image: "busybox", resources: { cpu: "1", ...resources } } },
    }).diagnostics.some((d) => d.code === "resources/invalid-name");
  const candidates = fc.oneof(
    fc.constantFrom("cpu", "memory", "memroy", "CPU", "ephemeral-storage", "ephemeralStorage", "hugepages-2Mi", "hugepages-", "gpu"),
    fc
      .tuple(
        fc.constantFrom("", "nvidia.com/", "example.com/", "Bad_Domain/", "a/b/", "kubernetes.io/", "requests.acme.io/"),
        names("az9-_."),
      )
      .map(([prefix, name]) => prefix + name),
  );

  it("the shorthand's names: refused by the pattern only when validate refuses them", () => {
    const regex = re(P.SHORTHAND_RESOURCE_NAME);
    fc.assert(
      fc.property(candidates, (name) => {
        if (!regex.test(name)) expect(invalidName({ [name]: "1" }), name).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("the pattern lets through only the 'requests.' prefix of extended resources, which validate refuses", () => {
    const regex = re(P.SHORTHAND_RESOURCE_NAME);
    const missed = fc
      .sample(candidates, { numRuns: 500, seed: 15 })
      .filter((name) => regex.test(name) && invalidName({ [name]: "1" }))
      .filter((name) => !name.startsWith("requests."));
    expect(missed).toEqual([]);
  });
});

describe("cron schedules", () => {
  const regex = re(P.CRON_SCHEDULE);
  const valid = (s: string) => parseSchedule(s).schedule !== undefined;
  const field = fc.oneof(
    fc.constantFrom(
      "*",
      "?",
      "*/5",
      "0",
      "00",
      "+5",
      "59",
      "60",
      "7",
      "1-5",
      "5-1",
      "1,,15",
      ",",
      "mon",
      "MON-fri",
      "jan",
      "L",
      "5#3",
      "1/2",
      "*-3",
      "0/0",
      "24",
      "31",
      "32",
      "13",
    ),
    fc.nat(70).map(String),
  );
  const schedules = fc.oneof(
    fc.array(field, { minLength: 3, maxLength: 7 }).map((fields) => fields.join(" ")),
    fc.tuple(fc.array(field, { minLength: 5, maxLength: 5 }), fc.constantFrom(" ", "  ", "\t", " \u0085")).map(([f, sep]) => f.join(sep)),
    fc.constantFrom(
      "@daily",
      "@hourly",
      "@every 1h30m",
      "@every 90s",
      "@every 1 hour",
      "@daly",
      "@every 5d",
      "TZ=UTC 0 3 * * *",
      " @daily",
    ),
  );

  it("never refuses a schedule the API server accepts", () => {
    fc.assert(
      fc.property(schedules, (s) => {
        if (valid(s)) expect(regex.test(s), JSON.stringify(s)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it("refuses what the API server refuses, but for ranges that run backwards and numbers beyond int64", () => {
    const missed = fc
      .sample(schedules, { numRuns: 5000, seed: 15 })
      .filter((s) => !valid(s) && regex.test(s))
      .filter(
        (s) => !/\b(\d+)-(\d+)\b/.test(s) || !s.match(/\b(\d+)-(\d+)\b/g)!.some((r) => Number(r.split("-")[0]) > Number(r.split("-")[1])),
      );
    expect(missed).toEqual([]);
  });
});

describe("time zones", () => {
  const zones = IANA_ZONE_NAMES.split(" ");
  const regex = re(P.timeZonePattern(zones));

  it("accepts every zone name Kubernetes knows", () => {
    expect(zones.filter((z) => !regex.test(z))).toEqual([]);
  });

  it("refuses exactly what validateTimeZone refuses, on near misses", () => {
    const nearMisses = fc
      .tuple(fc.constantFrom(...zones), fc.nat(40), fc.constantFrom("lower", "upper", "drop", "double", "space", "Local"))
      .map(([zone, at, how]) => {
        const i = at % zone.length;
        if (how === "lower") return zone.toLowerCase();
        if (how === "upper") return zone.toUpperCase();
        if (how === "drop") return zone.slice(0, i) + zone.slice(i + 1);
        if (how === "double") return zone.slice(0, i) + zone[i] + zone.slice(i);
        if (how === "space") return ` ${zone}`;
        return "Local";
      });
    fc.assert(
      fc.property(nearMisses, (zone) => {
        expect(regex.test(zone), zone).toBe(validateTimeZone(zone).length === 0);
      }),
      { numRuns: 3000 },
    );
  });
});
