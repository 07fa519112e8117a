import { job } from "kubejobs";

const retries = ;
export default job({ name: "syntax", containers: { main: { image: "busybox" } }, backoffLimit: retries });
