// Reads the command line: the command, its options, and for `run` the command to start after `--`.
import { parseArgs } from 'node:util';

export const COMMANDS = ['connect', 'status', 'check-in', 'disconnect', 'run', 'help'] as const;
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
  help: boolean;
}

export interface ParsedArgs {
  command: CommandName;
  options: Options;
  /** `run` only: the program and its arguments. */
  argv: string[];
}

export class UsageError extends Error {}

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
  help: { type: 'boolean', short: 'h' },
} as const;

/** Options each command accepts besides --server, --app, --lang, --json and --help. */
const EXTRA: Record<CommandName, readonly string[]> = {
  connect: ['email', 'password-stdin', 'yes', 'subscription', 'accept-statement'],
  status: [],
  'check-in': [],
  disconnect: [],
  run: [],
  help: [],
};
const COMMON = ['server', 'app', 'lang', 'json', 'help'];

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
  if (first === undefined || first === '--help' || first === '-h') return { command: 'help', options: defaults(), argv: [] };
  if (!isCommand(first)) throw new UsageError(`unknown command "${first}"`);
  const { own, argv } = first === 'run' ? splitRun(rest) : { own: rest, argv: [] };
  let parsed;
  try {
    parsed = parseArgs({ args: own, options: OPTIONS, strict: true, allowPositionals: first === 'help' });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!);
  }
  const allowed = new Set([...COMMON, ...EXTRA[first]]);
  for (const name of Object.keys(parsed.values)) {
    if (!allowed.has(name)) throw new UsageError(`"${first}" does not take --${name}`);
  }
  const v = parsed.values;
  const options: Options = {
    passwordStdin: v['password-stdin'] ?? false,
    yes: v.yes ?? false,
    json: v.json ?? false,
    help: v.help ?? false,
    ...(v.server !== undefined ? { server: v.server } : {}),
    ...(v.app !== undefined ? { app: v.app } : {}),
    ...(v.email !== undefined ? { email: v.email } : {}),
    ...(v.lang !== undefined ? { lang: v.lang } : {}),
    ...(v.subscription !== undefined ? { subscription: v.subscription } : {}),
    ...(v['accept-statement'] !== undefined ? { acceptStatement: v['accept-statement'] } : {}),
  };
  return { command: first, options, argv };
}

function defaults(): Options {
  return { passwordStdin: false, yes: false, json: false, help: true };
}
