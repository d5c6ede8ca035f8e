// Reads the command line: the command, its options, and for `run` the command to start after `--`.
import { parseArgs } from 'node:util';

export const COMMANDS = ['connect', 'status', 'check-in', 'disconnect', 'run', 'help', 'version'] as const;
export type CommandName = (typeof COMMANDS)[number];

export interface Options {
  server?: string;
  app?: string;
  email?: string;
  passwordStdin: boolean;
  yes: boolean;
  json: boolean;
  lang?: string;
  subscription?: string;
  acceptStatement?: string;
  /** connect: RFC 8628, approve in a browser (a URL, a code and a QR code) instead of typing here. */
  deviceCode: boolean;
  help: boolean;
  version: boolean;
}

export interface ParsedArgs {
  command: CommandName;
  options: Options;
  /** `run`: the program and its arguments; `help`: the command asked about. */
  argv: string[];
}

/** What is wrong with the command line, as a catalog key and its values, so it can be said in the user's language. */
export type UsageProblem =
  | { key: 'unknownCommand'; vars: { command: string } }
  | { key: 'unknownOption'; vars: { option: string } }
  | { key: 'optionNeedsValue'; vars: { option: string } }
  | { key: 'optionNotForCommand'; vars: { option: string; command: string } }
  | { key: 'unexpectedArgument'; vars: { argument: string } };

export class UsageError extends Error {
  constructor(readonly problem: UsageProblem) {
    super(problem.key);
  }
}

/** node:util's parseArgs speaks English; its error codes and the option named in its message are all we keep. */
function usageProblemOf(error: { code?: string; message: string }): UsageProblem {
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  const option = quoted.split(/[ ,]/)[0] ?? quoted;
  switch (error.code) {
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return { key: 'optionNeedsValue', vars: { option } };
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return { key: 'unexpectedArgument', vars: { argument: quoted } };
    default:
      return { key: 'unknownOption', vars: { option } };
  }
}

const OPTIONS = {
  server: { type: 'string' },
  app: { type: 'string' },
  email: { type: 'string' },
  'password-stdin': { type: 'boolean' },
  yes: { type: 'boolean', short: 'y' },
  json: { type: 'boolean' },
  lang: { type: 'string' },
  subscription: { type: 'string' },
  'accept-statement': { type: 'string' },
  'device-code': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const;

/** Options each command accepts besides --server, --app, --lang, --json and --help. */
const EXTRA: Record<CommandName, readonly string[]> = {
  connect: ['email', 'password-stdin', 'yes', 'subscription', 'accept-statement', 'device-code'],
  status: [],
  'check-in': [],
  disconnect: [],
  run: [],
  help: [],
  version: [],
};
const COMMON = ['server', 'app', 'lang', 'json', 'help', 'version'];

function isCommand(value: string | undefined): value is CommandName {
  return value !== undefined && (COMMANDS as readonly string[]).includes(value);
}

/** `run`'s own options end at `--` or at the first word that is not an option. */
function splitRun(rest: string[]): { own: string[]; argv: string[] } {
  const own: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i]!;
    if (word === '--') return { own, argv: rest.slice(i + 1) };
    if (!word.startsWith('-')) return { own, argv: rest.slice(i) };
    own.push(word);
    const name = word.replace(/^--?/, '').split('=')[0]!;
    const spec = (OPTIONS as Record<string, { type: string }>)[name];
    if (spec?.type === 'string' && !word.includes('=') && i + 1 < rest.length) own.push(rest[++i]!);
  }
  return { own, argv: [] };
}

export function parseCommandLine(args: string[]): ParsedArgs {
  const [first, ...rest] = args;
  if (first === undefined || first === '--help' || first === '-h')
    return { command: 'help', options: defaults(), argv: [] };
  if (first === '--version' || first === '-V') return parseCommandLine(['version', ...rest]);
  if (first.startsWith('-')) {
    // Global options may come first (`tessera --lang vi status`): move them after the command.
    const { own, argv } = splitRun(args);
    if (argv.length === 0) return withoutCommand(args);
    if (!isCommand(argv[0])) throw new UsageError({ key: 'unknownCommand', vars: { command: argv[0]! } });
    return parseCommandLine([argv[0], ...own, ...argv.slice(1)]);
  }
  if (!isCommand(first)) throw new UsageError({ key: 'unknownCommand', vars: { command: first } });
  const { own, argv } = first === 'run' ? splitRun(rest) : { own: rest, argv: [] };
  let parsed;
  try {
    parsed = parseArgs({ args: own, options: OPTIONS, strict: true, allowPositionals: first === 'help' });
  } catch (error) {
    throw new UsageError(usageProblemOf(error as { code?: string; message: string }));
  }
  const allowed = new Set([...COMMON, ...EXTRA[first]]);
  for (const name of Object.keys(parsed.values)) {
    if (!allowed.has(name))
      throw new UsageError({ key: 'optionNotForCommand', vars: { option: `--${name}`, command: first } });
  }
  const v = parsed.values;
  const options: Options = {
    passwordStdin: v['password-stdin'] ?? false,
    deviceCode: v['device-code'] ?? false,
    yes: v.yes ?? false,
    json: v.json ?? false,
    help: v.help ?? false,
    version: v.version ?? false,
    ...(v.server !== undefined ? { server: v.server } : {}),
    ...(v.app !== undefined ? { app: v.app } : {}),
    ...(v.email !== undefined ? { email: v.email } : {}),
    ...(v.lang !== undefined ? { lang: v.lang } : {}),
    ...(v.subscription !== undefined ? { subscription: v.subscription } : {}),
    ...(v['accept-statement'] !== undefined ? { acceptStatement: v['accept-statement'] } : {}),
  };
  // `tessera help status` asks for one command's help: the topic travels in argv.
  return { command: first, options, argv: first === 'help' ? parsed.positionals : argv };
}

/** Only global options before any command (`tessera --lang vi --help`): help, or the version. */
function withoutCommand(args: string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false });
  } catch (error) {
    throw new UsageError(usageProblemOf(error as { code?: string; message: string }));
  }
  const v = parsed.values;
  const options = { ...defaults(), json: v.json ?? false, ...(v.lang !== undefined ? { lang: v.lang } : {}) };
  return { command: v.version ? 'version' : 'help', options, argv: [] };
}

function defaults(): Options {
  return { passwordStdin: false, deviceCode: false, yes: false, json: false, help: true, version: false };
}
