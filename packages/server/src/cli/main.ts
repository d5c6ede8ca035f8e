// tessera-server: `serve`, `migrate`, and `admin …` commands over the same configuration and data.
import { parseArgs } from 'node:util';
import { loadConfig, ConfigError, type Config } from '../config/index.js';
import { openDatabase, migrateToLatest } from '../storage/index.js';
import { serve } from './serve.js';
import { adminCommand } from './admin.js';

const USAGE = `Usage: tessera-server <command>

Commands:
  serve [--demo]                                   run the server (--demo: development mode and a demo account)
  migrate                                          bring the database schema up to date
  admin users create --email E --password P [--country CC] [--locale en|vi]
  admin users list [--json]
  admin outbox list [--to ADDRESS] [--limit N] [--json]   the development outbox of SMS and email
  admin statements publish --region CC --title T (--body B | --body-file F) [--locale en|vi] [--version N]
  admin statements list [--region CC] [--json]
  admin keys rotate | list [--json]                 license-token signing keys
  admin plans create --id ID --name N --devices N --members N --term-days D [--features a,b]   (--term-days 0: no end)
  admin plans list [--json]
  admin codes mint --plan P --count N [--term-days D] [--note TEXT] [--out F.csv] [--json]
                                                   activation codes, shown once (stdout or the CSV); progress on stderr
  admin codes batches [--json]
  admin codes revoke --batch ID | --code CODE
  admin doctor [--fix] [--json]                    lists broken invariants (seats, devices, counters); --fix repairs them

Configuration comes from TESSERA_* environment variables (see README), e.g. TESSERA_PORT, TESSERA_DATA_DIR,
TESSERA_DATABASE_URL (PostgreSQL), TESSERA_REDIS_URL, TESSERA_CONFIG_FILE (JSON).`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      demo: { type: 'boolean' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
      email: { type: 'string' }, password: { type: 'string' }, country: { type: 'string' }, locale: { type: 'string' },
      to: { type: 'string' }, limit: { type: 'string' },
      region: { type: 'string' }, title: { type: 'string' }, body: { type: 'string' }, 'body-file': { type: 'string' }, version: { type: 'string' },
      id: { type: 'string' }, name: { type: 'string' }, devices: { type: 'string' }, members: { type: 'string' }, features: { type: 'string' },
      'term-days': { type: 'string' }, plan: { type: 'string' }, count: { type: 'string' }, note: { type: 'string' }, out: { type: 'string' },
      batch: { type: 'string' }, code: { type: 'string' }, fix: { type: 'boolean' },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${USAGE}\n`);
    return command || values.help ? 0 : 64;
  }
  const config = loadConfig({ env: process.env, overrides: values.demo ? { dev: true } : {} });
  switch (command) {
    case 'serve':
      return serve(config, { demo: values.demo === true });
    case 'migrate':
      return migrate(config);
    case 'admin':
      return adminCommand(config, rest, values);
    default:
      process.stderr.write(`Unknown command: ${command}\n\n${USAGE}\n`);
      return 64;
  }
}

async function migrate(config: Config): Promise<number> {
  const database = openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  try {
    const applied = await migrateToLatest(database.db);
    process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : `Up to date (${database.describe}).\n`);
    return 0;
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => { if (code !== -1) process.exitCode = code; },
  (error: unknown) => {
    if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
    else if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    else process.stderr.write(`tessera-server: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
