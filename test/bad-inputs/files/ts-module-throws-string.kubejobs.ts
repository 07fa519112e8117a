// @ts-nocheck -- bad-input fixture: deliberately wrong, not for tsc.
throw "a plain string";
