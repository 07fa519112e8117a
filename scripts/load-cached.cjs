// Copied by scripts/build.mjs to dist/chunks/load-cached.cjs: runs the CLI's self-contained chunks
// (dist/chunks/<name>.cjs, CommonJS) with V8's code cache (<name>.cjs.cache). Node 20 caches no
// compiled code for ES modules; compiling a command's bundle and its first run cost a TS render
// more than 10 ms, which from the cache is a few.
//
// A chunk is wrapped as (exports, require, module, __kjImport, __kjImportMetaUrl): `require` and
// `__kjImport` (its `import()` calls, rewritten by the build) load the other cached chunks from this
// registry, so each chunk exists once whoever asks for it, and anything else (Node's modules,
// dist/library.js, the TS loader) as usual; `__kjImportMetaUrl` is its `import.meta.url`.
// V8 refuses a cache made by another V8 version or with other flags: the chunk then compiles as usual.
"use strict";
const { readFileSync, writeFileSync } = require("node:fs");
const { join } = require("node:path");
const { pathToFileURL } = require("node:url");
const { Script } = require("node:vm");

/** The chunks run from the cache: written in by scripts/build.mjs. */
const CACHED = new Set([]);
const WRAPPER_START = "(function (exports, require, module, __kjImport, __kjImportMetaUrl) {";
const WRAPPER_END = "\n})";

/** name -> its module and script (the script for writing its cache at build time). */
const loaded = new Map();

/** The cached chunk a specifier names (`./compile.js` is compile.cjs), if any. */
function chunkName(specifier) {
  const m = /^\.\/([\w.-]+)\.js$/.exec(specifier);
  return m !== null && CACHED.has(m[1]) ? m[1] : undefined;
}

function requireChunk(specifier) {
  const name = chunkName(specifier);
  return name === undefined ? require(specifier) : loadCached(name);
}

function importChunk(specifier) {
  const name = chunkName(specifier);
  return name === undefined ? import(specifier) : Promise.resolve().then(() => loadCached(name));
}

/** A chunk's script, compiled from its cache when there is one this Node accepts. */
function scriptOf(file) {
  let cachedData;
  try {
    cachedData = readFileSync(`${file}.cache`);
  } catch {
    // no cache (a build in progress): compile as usual
  }
  return new Script(WRAPPER_START + readFileSync(file, "utf8") + WRAPPER_END, { filename: file, cachedData });
}

/** A chunk's exports, running it the first time. */
function loadCached(name) {
  const known = loaded.get(name);
  if (known !== undefined) return known.module.exports;
  const script = scriptOf(join(__dirname, `${name}.cjs`));
  const module = { exports: {} };
  loaded.set(name, { module, script });
  const metaUrl = pathToFileURL(join(__dirname, `${name}.js`)).href;
  script.runInThisContext()(module.exports, requireChunk, module, importChunk, metaUrl);
  return module.exports;
}

/** Build time: writes the cache of every chunk loaded so far, with what has run compiled in. */
function writeCodeCaches() {
  for (const [name, { script }] of loaded) writeFileSync(join(__dirname, `${name}.cjs.cache`), script.createCachedData());
  return [...loaded.keys()];
}

/** The cached chunks whose cache this Node refuses (compiled, not run): a test, since the CLI falls back silently. */
function rejectedCaches() {
  return [...CACHED].filter((name) => scriptOf(join(__dirname, `${name}.cjs`)).cachedDataRejected !== false);
}

module.exports = { loadCached, writeCodeCaches, rejectedCaches };
