// @ts-nocheck -- bad-input fixture: deliberately wrong, not for tsc.
import { job } from "kubejobs";
import { image } from "./does-not-exist.js";
export default job({ name: "unresolved", containers: { main: { image } } });
