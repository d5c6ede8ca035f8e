// `tessera-server admin backup --out DIR`: a consistent copy of the data and the server keys that make it usable.
// On SQLite DIR becomes a complete data directory (restore = point TESSERA_DATA_DIR at it, or copy it back);
// on PostgreSQL the keys are copied and the database is dumped with pg_dump when it is installed.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sql } from 'kysely';
import type { Config } from '../config/index.js';
import type { TesseraCore as Tessera } from '../composition/index.js';

type Out = (text: string) => void;

/** Codes, tokens, credentials and sealed secrets are keyed by these files: a database without them is unusable. */
function copyKeys(dataDir: string, outDir: string): string[] {
  const from = join(dataDir, 'keys');
  const to = join(outDir, 'keys');
  mkdirSync(to, { recursive: true, mode: 0o700 });
  const names = readdirSync(from);
  for (const name of names) copyFileSync(join(from, name), join(to, name));
  return names;
}

export async function backup(
  config: Config,
  tessera: Tessera,
  outArg: string | undefined,
  out: Out,
  fail: (m: string) => number,
): Promise<number> {
  if (!outArg) return fail('admin backup needs --out DIR (a new or empty directory)');
  const outDir = resolve(outArg);
  if (existsSync(outDir) && readdirSync(outDir).length > 0) return fail(`${outDir} is not empty; name a new directory`);
  mkdirSync(outDir, { recursive: true, mode: 0o700 });
  const keys = copyKeys(config.dataDir, outDir);
  out(`Keys: ${keys.map((k) => join(outDir, 'keys', k)).join(', ')}`);
  if (tessera.database.dialect === 'sqlite') {
    // VACUUM INTO writes a transactionally consistent copy while the server goes on serving (WAL mode).
    const file = join(outDir, 'tessera.sqlite');
    await sql`VACUUM INTO ${file}`.execute(tessera.database.db);
    out(`Database: ${file}`);
    out(
      `Restore: stop the server, then run it with TESSERA_DATA_DIR=${outDir} (or copy both into the data directory).`,
    );
    return 0;
  }
  const dump = join(outDir, 'tessera.pgdump');
  const result = spawnSync('pg_dump', ['--format=custom', '--no-owner', `--file=${dump}`, config.databaseUrl!], {
    encoding: 'utf8',
  });
  if (result.error || result.status !== 0) {
    out(
      `pg_dump did not run (${result.error?.message ?? result.stderr.trim()}); dump the database yourself: pg_dump --format=custom --file=${dump} "$TESSERA_DATABASE_URL"`,
    );
    return 1;
  }
  out(`Database: ${dump}`);
  out(
    `Restore: pg_restore --clean --if-exists --no-owner -d "$TESSERA_DATABASE_URL" ${dump}, and copy ${join(outDir, 'keys')} into the data directory.`,
  );
  return 0;
}
