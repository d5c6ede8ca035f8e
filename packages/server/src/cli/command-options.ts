// Which options each `tessera-server` command takes, so an option meant for another command is refused, not ignored.
export const EXIT_USAGE = 2;

const OPTIONS_BY_COMMAND: Record<string, readonly string[]> = {
  serve: ['demo'],
  migrate: [],
  'admin users create': ['email', 'password-stdin', 'country', 'locale', 'json'],
  'admin users list': ['search', 'limit', 'cursor', 'json'],
  'admin accounts recovery': ['id', 'json'],
  'admin subscriptions transfer': ['id', 'to', 'json'],
  'admin outbox list': ['to', 'limit', 'json'],
  'admin statements publish': ['region', 'title', 'body', 'body-file', 'locale', 'version', 'json'],
  'admin statements list': ['region', 'json'],
  'admin keys rotate': ['json'],
  'admin keys list': ['json'],
  'admin plans create': ['id', 'name', 'devices', 'members', 'term-days', 'features', 'json'],
  'admin plans list': ['json'],
  'admin codes mint': ['plan', 'count', 'term-days', 'note', 'out', 'json'],
  'admin codes batches': ['json'],
  'admin codes revoke': ['batch', 'code', 'json'],
  'admin tokens create': ['name', 'scopes', 'json'],
  'admin tokens list': ['json'],
  'admin operators grant': ['email', 'role', 'json'],
  'admin operators revoke': ['email', 'json'],
  'admin operators list': ['json'],
  'admin tokens revoke': ['json'],
  'admin webhooks create': ['url', 'events', 'description', 'json'],
  'admin webhooks list': ['json'],
  'admin webhooks delete': ['json'],
  'admin webhooks enable': ['json'],
  'admin webhooks deliveries': ['status', 'limit', 'json'],
  'admin webhooks redeliver': ['json'],
  'admin backup': ['out'],
  'admin doctor': ['fix', 'json'],
  'admin check-in-cache clear': [],
};

/** Everything any command takes, for parseArgs; `help` is accepted everywhere (`--version` alone is read before). */
export const ALL_OPTIONS = {
  demo: { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  email: { type: 'string' },
  'password-stdin': { type: 'boolean' },
  password: { type: 'string' },
  country: { type: 'string' },
  locale: { type: 'string' },
  to: { type: 'string' },
  limit: { type: 'string' },
  region: { type: 'string' },
  title: { type: 'string' },
  body: { type: 'string' },
  'body-file': { type: 'string' },
  version: { type: 'string' },
  id: { type: 'string' },
  name: { type: 'string' },
  devices: { type: 'string' },
  members: { type: 'string' },
  features: { type: 'string' },
  'term-days': { type: 'string' },
  plan: { type: 'string' },
  count: { type: 'string' },
  note: { type: 'string' },
  out: { type: 'string' },
  batch: { type: 'string' },
  code: { type: 'string' },
  fix: { type: 'boolean' },
  scopes: { type: 'string' },
  url: { type: 'string' },
  events: { type: 'string' },
  description: { type: 'string' },
  status: { type: 'string' },
  role: { type: 'string' },
  search: { type: 'string' },
  cursor: { type: 'string' },
} as const;

/** The command's name as in the table ('admin codes mint'), or undefined when there is no such command. */
export function commandName(positionals: string[]): string | undefined {
  for (const length of [3, 2, 1]) {
    const name = positionals.slice(0, length).join(' ');
    if (Object.hasOwn(OPTIONS_BY_COMMAND, name)) return name;
  }
  return undefined;
}

/** Why these options do not fit the command, or undefined when they do. */
export function optionProblem(command: string, given: string[]): string | undefined {
  if (given.includes('password'))
    return '--password would leave the password in the shell history: use --password-stdin (or type it at the prompt)';
  const allowed = new Set([...OPTIONS_BY_COMMAND[command]!, 'help']);
  const stray = given.filter((name) => !allowed.has(name));
  return stray.length ? `"${command}" does not take ${stray.map((s) => `--${s}`).join(', ')}` : undefined;
}
