// metadata.name (or generateName) of every object.
// Sources: core/validation ValidateObjectMeta with ValidateReplicationControllerName /
// NameIsDNSSubdomain (all four kinds are DNS-1123 subdomains, dots allowed);
// batch/validation ValidateCronJobCreate (CronJob ≤ 52: the controller names each Job
// '<cronjob>-<scheduled time in minutes>' and reserves 11 characters for that suffix, so the Job
// name stays ≤ 63; the check is on create only); ValidateJob → the Job name becomes the
// pod template label value of batch.kubernetes.io/job-name, and label values are ≤ 63.
import { error } from "../../diagnostic.js";
import { checkDns1123Subdomain, LABEL_VALUE_MAX_LENGTH } from "../names.js";
import type { Rule } from "./rule.js";

const CRON_JOB_NAME_MAX_LENGTH = 52;
const MAX_GENERATE_NAME_PREFIX = 58;
const GENERATED_SUFFIX_LENGTH = 5;
const NAME_PATH = ["metadata", "name"];
const GENERATE_NAME_PATH = ["metadata", "generateName"];

export const objectName: Rule = {
  code: "name",
  codes: ["name/required", "name/invalid", "name/too-long"],
  check(t, _ctx, out) {
    // No metadata at all is no name at all (ValidateObjectMeta requires name or generateName).
    const meta = t.metadata ?? {};
    const name = meta.name;
    const generateName = meta.generateName;
    if (typeof name !== "string" || name === "") {
      if (typeof generateName === "string" && generateName !== "") {
        // A prefix: the random suffix is appended after it, so a trailing '-' is fine.
        const problem = checkDns1123Subdomain(generateName.endsWith("-") ? `${generateName.slice(0, -1)}a` : generateName);
        if (problem) out.push(error("name/invalid", GENERATE_NAME_PATH, `generateName ${JSON.stringify(generateName)} ${problem}`));
        // The API server cuts the prefix to 58 characters and appends 5 random ones
        // (apiserver names.SimpleNameGenerator), then applies the CronJob limit to the result.
        const generatedLength = Math.min(generateName.length, MAX_GENERATE_NAME_PREFIX) + GENERATED_SUFFIX_LENGTH;
        if (t.kind === "CronJob" && generatedLength > CRON_JOB_NAME_MAX_LENGTH) {
          out.push(
            error(
              "name/too-long",
              GENERATE_NAME_PATH,
              `generateName ${JSON.stringify(generateName)} gives names of ${generatedLength} characters (5 random characters are appended), more than the ${CRON_JOB_NAME_MAX_LENGTH} a CronJob may have: the controller appends 11 more to name each Job`,
              `shorten generateName to ${CRON_JOB_NAME_MAX_LENGTH - GENERATED_SUFFIX_LENGTH} characters or fewer`,
            ),
          );
        }
      } else if (name === "" || name === undefined) {
        out.push(error("name/required", NAME_PATH, `a ${t.kind || "object"} needs metadata.name (or metadata.generateName)`));
      }
      return;
    }
    const problem = checkDns1123Subdomain(name);
    if (problem) {
      const code = name.length > 253 ? "name/too-long" : "name/invalid";
      out.push(
        error(
          code,
          NAME_PATH,
          `name ${JSON.stringify(name)} ${problem}`,
          "use lower case letters, digits, '-' and '.', e.g. nightly-report",
        ),
      );
      return;
    }
    if (t.kind === "CronJob" && name.length > CRON_JOB_NAME_MAX_LENGTH) {
      out.push(
        error(
          "name/too-long",
          NAME_PATH,
          `a CronJob name must be no more than ${CRON_JOB_NAME_MAX_LENGTH} characters (this one has ${name.length}): the CronJob controller appends 11 characters (a '-' and a timestamp) to name each Job, and a Job name must fit in 63`,
          `shorten the name to ${CRON_JOB_NAME_MAX_LENGTH} characters or fewer`,
        ),
      );
    } else if (t.kind === "Job" && name.length > LABEL_VALUE_MAX_LENGTH) {
      out.push(
        error(
          "name/too-long",
          NAME_PATH,
          `a Job name must be no more than ${LABEL_VALUE_MAX_LENGTH} characters (this one has ${name.length}): Kubernetes copies it into the job-name label of its pods, and label values are limited to 63`,
          `shorten the name to ${LABEL_VALUE_MAX_LENGTH} characters or fewer`,
        ),
      );
    }
  },
};
