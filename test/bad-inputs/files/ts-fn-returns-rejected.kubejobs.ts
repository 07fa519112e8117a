// @ts-nocheck -- bad-input fixture: deliberately wrong, not for tsc.
export default () => Promise.reject(new RangeError("rejected on purpose"));
