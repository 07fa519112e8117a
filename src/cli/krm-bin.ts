#!/usr/bin/env node
// `kubejobs-krm`: the same program as `kubejobs krm`, for orchestrators that run an executable
// without arguments (a Kptfile's `exec:`, kustomize's `exec: { path: ... }`).
process.argv.splice(2, 0, "krm");
await import("./bin.js");
