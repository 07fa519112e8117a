// @ts-nocheck -- bad-input fixture: deliberately wrong, not for tsc.
const recurse = (n: number): number => recurse(n + 1) + 1;
export default () => recurse(0);
