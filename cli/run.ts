import { render, validate, verify } from "./commands";
import { type Io, USAGE } from "./io";

export { EXIT } from "./io";

interface Parsed {
  command: string;
  file: string;
  pdf?: string;
  json?: string;
}

/** Reads `<command> <file> [--pdf out] [--json out]`; a string is what was wrong with it. */
function parseArgs(args: readonly string[]): Parsed | string {
  const [command, ...rest] = args;
  if (command === undefined) return "no command given";
  const positional: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg === "--pdf" || arg === "--json") {
      const value = rest[++i];
      if (value === undefined || value.startsWith("--")) return `${arg} needs a file name`;
      options[arg.slice(2)] = value;
    } else if (arg.startsWith("--")) return `unknown option ${arg}`;
    else positional.push(arg);
  }
  if (!["validate", "verify", "render"].includes(command)) return `unknown command "${command}"`;
  if (positional.length !== 1) return positional.length === 0 ? `${command} needs a file` : `${command} takes one file`;
  if (command !== "render" && Object.keys(options).length > 0) return `${command} takes no options`;
  if (command === "render" && options.pdf === undefined) return "render needs --pdf <out.pdf>";
  return { command, file: positional[0] as string, ...options };
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
      return validate(parsed.file, io);
    case "verify":
      return verify(parsed.file, io);
    default:
      return render(parsed.file, { pdf: parsed.pdf as string, json: parsed.json }, io);
  }
}
