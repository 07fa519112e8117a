// @ts-nocheck -- bad-input fixture: deliberately wrong, not for tsc.
import leftPad from "left-pad-is-not-installed-anywhere";
export default leftPad("x", 3);
