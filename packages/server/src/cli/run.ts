// `tessera-server`'s commands, run with the given streams and configuration: the binary passes its process's, a test its own.
// Each command loads only what it needs, so `--help`, `migrate` and `admin …` start without the web app.
import { parseArgs } from 'node:util';
import type { Config, loadConfig } from '../config/index.js';
import { ALL_OPTIONS, commandName, EXIT_USAGE, optionProblem } from './command-options.js';
import { VERSION } from './version.js';
import type { CliIo } from './io.js';

/** Reads the configuration (the binary: from the process's environment) with the command's defaults and overrides. */
export type ConfigSource = (options: Omit<Parameters<typeof loadConfig>[0] & object, 'env'>) => Config;

/**
 * A walkthrough sends many codes to one demo number from one address: production's SMS quotas (5 an hour) would stop
 * a newcomer within minutes. A config file or the environment still wins over these.
 */
const DEMO_DEFAULTS = {
  sms: {
    perNumberHour: 60,
    perNumberDay: 300,
    perAccountHour: 60,
    perAccountDay: 300,
    perIpHour: 200,
    perIpDay: 1000,
    resendCooldownSeconds: 20,
  },
  email: { perAddressHour: 60, perAddressDay: 300, perIpHour: 200, perIpDay: 1000 },
};

const USAGE = `Usage: tessera-server <command>

Commands:
  serve [--demo]                                   run the server (--demo: development mode and a demo account)
  migrate                                          bring the database schema up to date
  admin users create --email E [--password-stdin] [--country CC] [--locale en|vi]
                                                   the password from stdin's first line, or a prompt at a terminal
  admin users list [--search TERM] [--limit N] [--cursor C] [--json]
                                                   TERM: an account id, a +phone, or the start of an email; --json
                                                   prints {items, next_cursor} as GET /admin/v1/accounts does
  admin accounts recovery --id ACCOUNT [--json]    emails the account's own address the password-reset link
  admin subscriptions transfer --id SUB --to ACCOUNT [--json]   the old owner's devices lose their seats
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
  admin tokens create --name N --scopes a,b [--json]   an operator API token (tsk_…), shown once
  admin tokens list [--json] | admin tokens revoke ID
  admin operators grant --email E --role support|licensing|admin [--json]   a console operator (an existing account)
  admin operators revoke --email E | admin operators list [--json]
  admin webhooks create --url U --events a,b [--description T] [--json]   the signing secret (whsec_…) is shown once
  admin webhooks list [--json] | delete ID | enable ID
  admin webhooks deliveries ID [--status pending|delivered|failed] [--limit N] [--json] | redeliver DELIVERY_ID
  admin backup --out DIR                           a consistent copy of the database and the server keys
  admin doctor [--fix] [--json]                    lists broken invariants (seats, devices, counters); --fix repairs them
  admin check-in-cache clear                       every server drops its cached check-in answers (after hand edits)

Configuration comes from TESSERA_* environment variables (see README), e.g. TESSERA_PORT, TESSERA_DATA_DIR,
TESSERA_DATABASE_URL (PostgreSQL), TESSERA_REDIS_URL, TESSERA_CONFIG_FILE (JSON).`;

/** Runs one command line; resolves with the exit code (failures are written to `io.stderr`, never thrown). */
export async function runCommand(argv: string[], io: CliIo, readConfig: () => Promise<ConfigSource>): Promise<number> {
  /** The configuration once read, so a failure to start can name the setting behind it. */
  let loaded: Config | undefined;
  try {
    if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
      io.stdout(`tessera-server ${VERSION} (Node ${process.version})\n`);
      return 0;
    }
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: ALL_OPTIONS });
    const [command, ...rest] = positionals;
    if (values.help || !command) {
      io.stdout(`${USAGE}\n`);
      return command || values.help ? 0 : EXIT_USAGE;
    }
    const name = commandName(positionals);
    // An unknown admin subcommand is answered by `admin` itself, which lists what exists.
    if (name === undefined && command !== 'admin') {
      io.stderr(`Unknown command: ${command}\n\n${USAGE}\n`);
      return EXIT_USAGE;
    }
    const problem = name && optionProblem(name, Object.keys(values));
    if (problem) {
      io.stderr(`${problem}. See \`tessera-server --help\`.\n`);
      return EXIT_USAGE;
    }
    const config = (loaded = (await readConfig())({
      ...(values.demo ? { defaults: DEMO_DEFAULTS, overrides: { dev: true } } : {}),
    }));
    switch (command) {
      case 'serve':
        return (await import('./serve.js')).serve(config, { demo: values.demo === true });
      case 'migrate':
        return await migrate(config, io);
      case 'admin':
        return await (await import('./admin.js')).adminCommand(config, rest, values, io);
      default:
        return EXIT_USAGE;
    }
  } catch (error: unknown) {
    if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`${(error as Error).message}\n\n${USAGE}\n`);
      return EXIT_USAGE;
    }
    const { ConfigError } = await import('../config/index.js');
    if (error instanceof ConfigError) {
      io.stderr(`${error.message}\n`);
      return 1;
    }
    const { explainStartupError } = await import('./startup-error.js');
    const explained = explainStartupError(error, loaded);
    io.stderr(`tessera-server: ${explained ?? (error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}

async function migrate(config: Config, io: CliIo): Promise<number> {
  const { openDatabase, migrateToLatest } = await import('../storage/index.js');
  const database = openDatabase({
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    sqliteCacheMegabytes: config.sqliteCacheMegabytes,
  });
  try {
    const applied = await migrateToLatest(database.db);
    io.stdout(applied.length ? `Applied: ${applied.join(', ')}\n` : `Up to date (${database.describe}).\n`);
    return 0;
  } finally {
    await database.close();
  }
}
