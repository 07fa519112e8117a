import { describe, expect, it } from "vitest";
import { looksSecret } from "../../../src/lint/rules/secret-env-literal.js";

describe("looksSecret", () => {
  it.each([
    "PASSWORD",
    "DB_PASSWORD",
    "PGPASSWORD",
    "GITHUB_TOKEN",
    "API_KEY",
    "STRIPE_SECRET_KEY",
    "AWS_ACCESS_KEY",
    "client-secret",
    "APIKEY",
    "CREDENTIALS",
  ])("%s looks secret", (name) => expect(looksSecret(name)).toBe(true));
  it.each([
    "PWD",
    "DB_PASSWORD_FILE",
    "TOKEN_PATH",
    "SECRET_NAME",
    "KEY",
    "LOG_LEVEL",
    "TOKENIZER",
    "PASSPORT",
    "AWS_ACCESS_KEY_ID",
    "SECRET_DIR",
    "TOKEN_REFRESH_SECONDS",
    "PASSWORD_MIN_LENGTH",
    "SESSION_TOKEN_TIMEOUT",
  ])("%s does not", (name) => expect(looksSecret(name)).toBe(false));
});
