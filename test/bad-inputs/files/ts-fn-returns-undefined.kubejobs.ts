// @ts-nocheck -- bad-input fixture: deliberately wrong, not for tsc.
export default function () {}
