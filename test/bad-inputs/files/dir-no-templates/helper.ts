// @ts-nocheck -- bad-input fixture: a helper that is not a template.
export const x = 1;
