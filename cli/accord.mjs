#!/usr/bin/env node
// The `accord` bin: plain JavaScript, so it runs from an installed package
// without a build step; it registers tsx and hands over to the TypeScript.
import { register } from "tsx/esm/api";

register();
await import(new URL("./accord.ts", import.meta.url).href);
