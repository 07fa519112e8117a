// @ts-nocheck -- bad-input fixture: deliberately wrong, not for tsc.
import { cronJob } from "kubejobs";
export default cronJob({ name: "typo" });
