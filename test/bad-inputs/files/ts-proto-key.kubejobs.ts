// @ts-nocheck -- bad-input fixture: deliberately wrong, not for tsc.
import { job } from "kubejobs";
export default job({ name: "proto", labels: JSON.parse(`{"__proto__": {"polluted": "yes"}}`), containers: { main: { image: "busybox" } } });
