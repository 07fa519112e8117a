// @ts-nocheck -- bad-input fixture: deliberately wrong, not for tsc.
import { job } from "kubejobs";
export const migrate = job({ name: "named-only", containers: { main: { image: "busybox" } } });
