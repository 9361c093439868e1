import { runAccord } from "./run";

// Exit codes: 0 fine, 1 invalid or not intact, 2 usage error or unreadable file.
process.exitCode = await runAccord(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
