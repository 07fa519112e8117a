// Every diagnostic code checkTemplateShape emits, with what it means. Tests assert on these codes
// (never on wording) and check that nothing outside this table is emitted.
export const templateCodes = {
  "template/type": "a value has the wrong type: a string where a number belongs, a list instead of a map, ...",
  "template/required": "a required field is missing (name, containers, a container's image, a ScheduledJob's schedule, ...)",
  "template/unknown-field": "a field the template format does not have; the hint suggests the closest known name",
  "template/enum": "a value is not one of the allowed words (imagePullPolicy, concurrencyPolicy, ...)",
  "template/pattern": "a string is not in the required form (secret://NAME/KEY, dirs URLs, probe URLs, file modes)",
  "template/minimum": "a number is below its minimum (counts and seconds cannot be negative)",
  "template/kind": "kind is missing or is neither Job nor ScheduledJob",
  "template/restart-policy-always": "restartPolicy: Always on a Job or ScheduledJob; its pods must be able to finish",
  "template/scheduled-job-field": "a ScheduledJob-only field (schedule, timeZone, ...) on a kind: Job template",
  "template/one-of": "a value combines forms that exclude each other (a probe with both exec and http, ...)",
  "template/invalid": "a value the schema rejects for a reason none of the other codes covers",
} as const;

export type TemplateCode = keyof typeof templateCodes;
