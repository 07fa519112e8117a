import { asArray, asRecord } from "../../k8s/rules/util.js";
import { containerLabel } from "../target.js";
import type { LintRule } from "./rule.js";

// A word of the name (split at _ - .) that names a secret; *_FILE, *_PATH, ... point at one instead.
const SECRET_WORD = /^(PASS|APIKEY|CREDENTIALS?|PRIVATEKEY)$|(PASSWORD|PASSWD|SECRET|TOKEN)$/;
const SECRET_PAIR = /^(API|PRIVATE|ACCESS|SECRET|AUTH|CLIENT|SIGNING|ENCRYPTION)_KEY$/;
// A last word that makes the name a setting about a secret (TOKEN_REFRESH_SECONDS, PASSWORD_MIN_LENGTH)
// rather than the secret itself.
const POINTER =
  /^(FILE|PATH|DIR|NAME|REF|URL|ENDPOINT|HOST|ID|USER|USERNAME|TYPE|KIND|MODE|FORMAT|ALGORITHM|HEADER|PREFIX|LENGTH|LEN|SIZE|COUNT|MIN|MAX|LIMIT|TTL|EXPIRY|EXPIRATION|LIFETIME|TIMEOUT|INTERVAL|MS|SECONDS|SECS|MINUTES|HOURS|DAYS|ENABLED|DISABLED|VERSION)$/;
// A value made only of `$(NAME)` references is expanded by Kubernetes from other variables: no
// literal is written (`$$(NAME)` is the escape for a literal and does not match).
const ONLY_REFERENCES = /^(?:\$\([^()$]+\))+$/;

/** Whether an environment variable's name says it carries a secret (DB_PASSWORD, GITHUB_TOKEN, API_KEY). */
export function looksSecret(name: string): boolean {
  const words = name
    .toUpperCase()
    .split(/[_.-]+/)
    .filter(Boolean);
  if (words.length === 0 || POINTER.test(words[words.length - 1]!)) return false;
  for (let i = 0; i < words.length; i++) {
    if (SECRET_WORD.test(words[i]!)) return true;
    if (i + 1 < words.length && SECRET_PAIR.test(`${words[i]}_${words[i + 1]}`)) return true;
  }
  return false;
}

export const secretEnvLiteral: LintRule = {
  id: "security/secret-env-literal",
  level: "warning",
  rationale: "A literal value is stored in the manifest and in version control, readable by anyone who can read the Job.",
  hint: "take it from a Secret: NAME: secret://SECRET/KEY",
  peers: { kubeLinter: "env-var-secret", polaris: "sensitiveContainerEnvVar" },
  kubeLinterCovers: true,
  check(t, _ctx, report) {
    for (const ref of t.containers) {
      const env = asArray(ref.container.env);
      for (let i = 0; i < env.length; i++) {
        const entry = asRecord(env[i]);
        const name = entry?.name;
        const value = entry?.value;
        if (typeof name !== "string" || typeof value !== "string" || value === "" || ONLY_REFERENCES.test(value) || !looksSecret(name))
          continue;
        report({
          path: [...ref.path, "env", i, "value"],
          message: `${containerLabel(ref)} sets ${name} to a literal value`,
          hint: `take it from a Secret: ${name}: secret://SECRET/KEY`,
        });
      }
    }
  },
};
