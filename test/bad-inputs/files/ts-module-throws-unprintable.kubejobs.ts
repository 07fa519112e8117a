// @ts-nocheck -- bad-input fixture: deliberately wrong, not for tsc.
throw { toString() { throw new Error("no"); }, [Symbol.toPrimitive]() { throw new Error("no"); } };
