// Shared by several example templates: a relative import that the in-memory bundler resolves.
export function teamLabels(team: string): Record<string, string> {
  return { team, "acme.dev/cost-center": `cc-${team}` };
}
