// @ts-nocheck -- bad-input fixture: deliberately wrong, not for tsc.
throw new Error("REGION is not set");
