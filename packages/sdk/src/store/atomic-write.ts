// Atomic replacement of a state file: temp file in the same folder, fsync, rename; the old file survives any failure.
import { randomBytes } from 'node:crypto';
import fsp from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { TesseraError } from '../api.js';
import { checkOwnership } from './guarded-file.js';

/** Creates the folder 0700 (parents included) and refuses one that other users may write into. */
async function ensurePrivateFolder(dir: string): Promise<void> {
  try {
    await fsp.mkdir(dir, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw new TesseraError(
      'STORE_WRITE_FAILED',
      `Cannot create ${dir} (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
      { cause: error },
    );
  }
  checkOwnership(await fsp.stat(dir, { bigint: true }), dir, 'folder');
}

/**
 * `fsp` is used through its default object (not named imports) so a test can make one call fail and show that
 * the previous file is untouched.
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const dir = dirname(path);
  await ensurePrivateFolder(dir);
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: fsp.FileHandle | undefined;
  try {
    // 'wx': never follow or reuse something already at the temp name; 0600 before any byte is written.
    handle = await fsp.open(temp, 'wx', 0o600);
    await handle.writeFile(text, 'utf8');
    // Without fsync a crash after the rename can leave an empty file where the good one was.
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fsp.rename(temp, path);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fsp.rm(temp, { force: true }).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new TesseraError(
      'STORE_WRITE_FAILED',
      `Could not save ${path} (${code}); the previous version is unchanged.`,
      { cause: error },
    );
  }
  await syncFolder(dir);
}

/**
 * Creates `path` with `text` unless it exists already (then false): written in full under a temp name first and
 * linked into place, so a concurrent reader never sees it half written and two racing creators keep one.
 */
export async function createFileOnce(path: string, text: string): Promise<boolean> {
  const temp = `${path}.${randomBytes(6).toString('hex')}.new`;
  await writeFileAtomic(temp, text);
  try {
    await fsp.link(temp, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new TesseraError(
      'STORE_WRITE_FAILED',
      `Could not save ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
      { cause: error },
    );
  } finally {
    await fsp.rm(temp, { force: true }).catch(() => undefined);
  }
}

/** Makes the rename itself durable; best effort, as not every platform can fsync a folder. */
async function syncFolder(dir: string): Promise<void> {
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fsp.open(dir, 'r');
    await handle.sync();
  } catch {
    // Windows cannot open a folder this way; the rename is still atomic there.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** Removes a state file; a file already gone is fine. */
export async function removeFile(path: string): Promise<void> {
  try {
    await fsp.rm(path, { force: true });
  } catch (error) {
    throw new TesseraError(
      'STORE_WRITE_FAILED',
      `Could not remove ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
      { cause: error },
    );
  }
}
