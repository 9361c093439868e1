// Preloaded into electronegativity's process (and only there) to work
// around two faults of electronegativity 1.10.

// 1. Its parser (@typescript-eslint/typescript-estree 4, hoisted to the top
// of node_modules) would load the project's TypeScript 7, which has no
// compiler API; electronegativity ships the TypeScript 4 it was built for,
// so every request for "typescript" goes to that copy instead.
const Module = require("node:module");
const path = require("node:path");

const scanner = path.dirname(require.resolve("@doyensec/electronegativity/package.json"));
const typescript = require.resolve("typescript", { paths: [scanner] });
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolve.call(this, request === "typescript" ? typescript : request, ...rest);
};

// 2. It writes the CSV header and then the findings with two concurrent
// fs.writeFile calls, so now and then the header lands over the first
// finding. Writes to the same file are made to wait for each other.
const fs = require("node:fs");
const writeFile = fs.writeFile;
const pending = new Map();
fs.writeFile = (file, data, options, callback) => {
  const [opts, done] = typeof options === "function" ? [{}, options] : [options ?? {}, callback];
  const key = path.resolve(String(file));
  const previous = pending.get(key) ?? Promise.resolve();
  const next = previous.then(
    () =>
      new Promise((settle) => {
        writeFile(file, data, opts, (error) => {
          settle();
          done?.(error);
        });
      }),
  );
  pending.set(key, next);
};
