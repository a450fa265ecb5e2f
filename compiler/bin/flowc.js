#!/usr/bin/env node
// The `flowc` command. Runs the bundled CLI, dist/flowc.cjs, with V8's code cache, dist/flowc.cache (both
// written by `npm run build`, see scripts/bundle.mjs), which cuts flowc's start-up time. This file is
// CommonJS (bin/package.json) because Node starts a CommonJS entry faster than an ES module.
'use strict';
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { Script } = require('node:vm');

const bundle = join(__dirname, '..', 'dist', 'flowc.cjs');
let source;
try {
  source = readFileSync(bundle, 'utf8');
} catch {
  process.stderr.write(`flowc: ${bundle} is missing: run \`npm run build\` first\n`);
  process.exit(2);
}
let cachedData;
try {
  const cache = readFileSync(join(__dirname, '..', 'dist', 'flowc.cache'));
  // The cache starts with the id of the build it belongs to, and the bundle ends with it.
  if (source.endsWith(`//flowc-build:${cache.toString('latin1', 0, 16)}\n`)) cachedData = cache.subarray(16);
} catch {
  // no cache: V8 compiles the bundle without it
}
const script = new Script(`(function (require, module, exports) {${source}\n})`, { filename: bundle, cachedData });
const loaded = { exports: {} };
script.runInThisContext()(require, loaded, loaded.exports);
loaded.exports.run();
