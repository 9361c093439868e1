import { normalizeFingerprint } from "../shared/charter/verdict";
import { type CheckOptions, render, validate, verify } from "./commands";
import { crm } from "./crm";
import { type Io, USAGE } from "./io";

export { EXIT } from "./io";

type Parsed =
  | { command: "validate" | "verify"; file: string; check: CheckOptions }
  | { command: "render"; file: string; pdf: string; json?: string; previous?: string }
  | { command: "crm"; file: string; out: string; check: CheckOptions };

const COMMANDS = ["validate", "verify", "render", "crm"] as const;
type Command = (typeof COMMANDS)[number];
const isCommand = (text: string): text is Command => (COMMANDS as readonly string[]).includes(text);

/** Reads `<command> <file> [options]`; a string is what was wrong with it. */
function parseArgs(args: readonly string[]): Parsed | string {
  const [command, ...rest] = args;
  if (command === undefined) return "no command given";
  if (!isCommand(command)) return `unknown command "${command}"`;
  // render's --json names the file to write; validate's and verify's asks for the verdict as JSON.
  const takesValue =
    command === "render" ? ["--pdf", "--json", "--previous"] : command === "crm" ? ["--out", "--key"] : ["--key"];
  const flags = command === "render" ? [] : ["--json"];
  const positional: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (takesValue.includes(arg)) {
      const value = rest[++i];
      if (value === undefined || value.startsWith("--"))
        return `${arg} needs ${arg === "--key" ? "a key fingerprint" : arg === "--out" ? "a folder" : "a file name"}`;
      options[arg.slice(2)] = value;
    } else if (flags.includes(arg)) options[arg.slice(2)] = "yes";
    else if (arg.startsWith("--")) return `${command} takes no option ${arg}`;
    else positional.push(arg);
  }
  if (positional.length !== 1) return positional.length === 0 ? `${command} needs a file` : `${command} takes one file`;
  const file = positional[0] as string;
  if (command === "render") {
    if (options.pdf === undefined) return "render needs --pdf <out.pdf>";
    return {
      command,
      file,
      pdf: options.pdf,
      ...(options.json === undefined ? {} : { json: options.json }),
      ...(options.previous === undefined ? {} : { previous: options.previous }),
    };
  }
  const check: CheckOptions = { json: options.json === "yes" };
  if (options.key !== undefined) {
    const key = normalizeFingerprint(options.key);
    if (key === null) return `--key must be a key fingerprint, sha256: and 64 hex digits, not "${options.key}"`;
    check.key = key;
  }
  if (command === "crm") {
    if (options.out === undefined) return "crm needs --out <folder>";
    return { command, file, out: options.out, check };
  }
  return { command, file, check };
}

export async function runAccord(args: readonly string[], io: Io): Promise<number> {
  if (args.length === 1 && (args[0] === "--help" || args[0] === "-h" || args[0] === "help")) {
    io.out(USAGE);
    return 0;
  }
  const parsed = parseArgs(args);
  if (typeof parsed === "string") {
    io.err(`accord: ${parsed}`);
    io.err(USAGE);
    return 2;
  }
  switch (parsed.command) {
    case "validate":
      return validate(parsed.file, io, parsed.check);
    case "verify":
      return verify(parsed.file, io, parsed.check);
    case "crm":
      return crm(parsed.file, parsed.out, io, parsed.check);
    default:
      return render(parsed.file, { pdf: parsed.pdf, json: parsed.json, previous: parsed.previous }, io);
  }
}
