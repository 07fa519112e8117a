import type { LoadDependencies } from "../../src/load/index.js";

/** What the CLI passes the loader: the library a TS template imports as "kubejobs". */
export const LIBRARY: LoadDependencies = { importLibrary: () => import("../../src/library.js") };
