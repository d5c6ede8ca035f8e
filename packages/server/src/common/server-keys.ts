// Loads the server's secret keys from the data directory, creating them (mode 0600) on first start.
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSecrets, type Secrets } from './secrets.js';

interface KeyFile {
  version: 1;
  hmacKey: string;
  encryptionKey: string;
}

export function loadServerSecrets(dataDir: string): Secrets {
  const dir = join(dataDir, 'keys');
  const file = join(dir, 'server-secrets.json');
  let keys: KeyFile;
  try {
    keys = JSON.parse(readFileSync(file, 'utf8')) as KeyFile;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      throw new Error(`cannot read ${file}: ${(error as Error).message}`);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    keys = {
      version: 1,
      hmacKey: randomBytes(32).toString('base64url'),
      encryptionKey: randomBytes(32).toString('base64url'),
    };
    try {
      // 'wx' fails if another instance wrote it first; then theirs is read back, so all share one key.
      writeFileSync(file, JSON.stringify(keys, null, 2), { mode: 0o600, flag: 'wx' });
    } catch (raceError) {
      if ((raceError as NodeJS.ErrnoException).code !== 'EEXIST') throw raceError;
      keys = JSON.parse(readFileSync(file, 'utf8')) as KeyFile;
    }
    chmodSync(file, 0o600);
  }
  return createSecrets(Buffer.from(keys.hmacKey, 'base64url'), Buffer.from(keys.encryptionKey, 'base64url'));
}
