/**
 * Strings a YAML parser could misread, by class, for the explicit tests and to bias the property
 * tests' generators. Each class says which parser would misread it if written plain.
 */
export const TRICKY_STRINGS: Record<string, readonly string[]> = {
  // YAML 1.1 booleans (go-yaml v2, PyYAML) and the 1.2 core ones, in several cases.
  booleans: ["yes", "no", "on", "off", "y", "n", "Y", "N", "YES", "No", "On", "OFF", "true", "True", "FALSE", "false", "yEs"],
  // Null in both versions, plus the 1.1 merge key and the 1.1 "value" type.
  nullsAndSpecials: ["null", "Null", "NULL", "~", "", "<<", "="],
  // Numbers: 1.2 core, 1.1 octal/binary/underscores/sexagesimal, and what JS would call a number.
  numbers: [
    "0", "-0", "+1", "-1", "42", "0755", "0o17", "0O17", "0x1F", "0X1f", "-0x1F", "0b101", "0b",
    "1e3", "1E3", "-1e3", "1e+3", "1.5", ".5", "1.", "+.5", "1_000", "1__", "0x_1F",
    "12:30", "1:20:30", "190:20:30.15", "-1:30", ".inf", "-.inf", "+.INF", ".Inf", ".nan", ".NaN", ".", "-.", "1.4.2",
    // NaN to the `yaml` package's YAML 1.1 schema, whose float grammar makes the digits optional.
    "e3", "E5", "+e3", "e12345", ".e3", "._", "-._1",
  ],
  // YAML 1.1 timestamps.
  dates: ["2024-01-01", "2024-1-1", "2024-01-01T10:00:00Z", "2024-01-01 10:00:00", "2024-01-01t10:00:00.5+02:00", "2001-12-14 21:59:43.10 -5"],
  // Indicators: leading ones start a node, inner ones start a key or a comment.
  indicators: [
    "-", "- a", "-a", "--to", "---", "--- x", "----", "...", "... x", "*", "*a", "*/5 * * * *", "&a", "!a", "!!str", "%a", "%YAML 1.2",
    "@a", "`a", "|", "|a", ">", ">-", "?", "? a", "?a", ":", ": a", ":a", "{", "}", "{a}", "{{ .Values.x }}", "[", "]", "[a]",
    ",a", "'", "'a'", '"', '"a"', "#", "#a", "a #b", "a#b", "a: b", "a:", "a:b", "a::", "::", "a: b: c", "a,b", "a[0]",
  ],
  // Whitespace at the edges and tabs.
  whitespace: [" ", "  ", " a", "a ", " a ", "\t", "a\t", "\ta", "a\tb", "a \t", "a\t#b", "a:\tb"],
  // Unicode: astral, RTL, bidi controls, line breaks to YAML 1.1, BOM, controls, lone surrogates.
  unicode: [
    "🚀", "a🚀b", "日本語", "é", "שלום", "مرحبا", "a\u202Eb", "\u2066x\u2069", "a\u200Bb", "a\u0085b", "a\u2028b", "a\u2029b",
    "\uFEFFa", "a\uFEFF", "\u0000", "a\u0007b", "\u001B[31mred", "\u007F", "\u0080", "\u009F", "\u00A0", "a\u00A0", "\u00AD",
    "\u3000", "\uD800", "a\uDC00b", "\uDBFF\uDFFF", "\uDFFF\uDBFF", "\uFFFE", "\uFFFF", "\uFFFD",
  ],
  // Multi-line text: block literal candidates and the ones that must not be.
  multiLine: [
    "a\nb", "a\nb\n", "a\nb\n\n", "a\n\n\n", "\na", "\n\na\n", "\n", "\n\n", " a\nb", "  a\n b\n", "\ta\nb\n", "a\n b", "a\n\tb",
    "\n  a", "  \na", "a\r\nb\r\n", "a\rb", "a \nb", "a\nb ", "a\n \nb", "a\n\t\nb", "#!/bin/sh\nset -e\n", "key: value\n# comment\n",
    "---\nx\n", "...\n", "a\n---\nb", "a\n...\nb", "- a\n- b\n", "a\u0085b\nc", "\u2028\n", "a\n\uFEFF", "a\n\u00A0b", "|\n>",
    "x\n\n\ny\n\n", "🚀\nb", "\"quoted\"\n'single'\n",
  ],
  // Escapes and ordinary values that must stay plain for readability.
  ordinary: [
    "a\\b", 'a"b', "\\", "C:\\path", "$(VAR)", "${VAR}", "http://localhost:8080/healthz", "ghcr.io/acme/report:1.4.2",
    "0 3 * * *", "250m", "512Mi", "1Gi", "Europe/Berlin", "app.kubernetes.io/name", "nvidia.com/gpu", "secret://db/url",
    "e", "env", "x1", "_1", "$", "/", "a b", "yess", "nope", "onion", "Nulls",
  ],
};

export const ALL_TRICKY_STRINGS: readonly string[] = Object.values(TRICKY_STRINGS).flat();

/** Characters that matter to YAML, for generating strings that hit the corner cases often. */
export const YAML_SIGNIFICANT_CHARS: readonly string[] = [
  ..."  \n\n\t\r:#-?,[]{}&*!|>'\"%@`~.+_=<0123456789eExXoObyYnN\\/$",
  "a", "b", "z", "\u0085", "\u2028", "\u2029", "\uFEFF", "\u00A0", "\u0000", "\u001B", "\u007F", "\uD83D\uDE80", "\u05D0", "\uD800", "\uDC00",
];
