// @ts-nocheck -- bad-input fixture: deliberately wrong, not for tsc.
throw undefined;
