// @ts-nocheck -- bad-input fixture: deliberately wrong, not for tsc.
const e = new Error("x");
Object.defineProperty(e, "message", { get() { throw new Error("message getter"); } });
Object.defineProperty(e, "name", { get() { throw new Error("name getter"); } });
throw e;
