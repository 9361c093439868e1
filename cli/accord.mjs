#!/usr/bin/env node
// The `accord` bin: plain JavaScript, so it runs from an installed package
// without a build step; it registers tsx and hands over to the TypeScript.
import { register } from "tsx/esm/api";

// React's production build, as the app ships it: the development build's
// checks cost a charter's PDF about a tenth of its time, and say nothing to
// someone running the tool. Set before anything imports React.
process.env.NODE_ENV ??= "production";
register();
await import(new URL("./accord.ts", import.meta.url).href);
