// One JSON state file: refused when others may read or replace it, parsed once per version of the file on disk.
import { closeSync, fstatSync, openSync, readFileSync, statSync, type BigIntStats } from 'node:fs';
import { TesseraError } from '../api.js';

/** Permission bits are meaningless on Windows (ACLs decide there). */
const POSIX = process.platform !== 'win32';

function errnoOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/** A file holding a credential must be this user's alone: anyone else who can read it can be this app. */
export function checkOwnership(stats: BigIntStats, path: string, kind: 'file' | 'folder'): void {
  if (!POSIX) return;
  const mode = Number(stats.mode) & 0o777;
  const loose = kind === 'file' ? (mode & 0o077) !== 0 : (mode & 0o022) !== 0;
  if (loose) {
    const want = kind === 'file' ? '600' : '700';
    throw new TesseraError(
      'STORE_PERMISSIONS',
      `${path} has mode ${mode.toString(8).padStart(4, '0')}: other users could ${kind === 'file' ? 'read or change' : 'replace files in'} it, ` +
        `and it holds this device's credentials. Fix it with: chmod ${want} '${path}'`,
    );
  }
  const uid = process.getuid?.();
  if (uid !== undefined && Number(stats.uid) !== uid) {
    throw new TesseraError(
      'STORE_PERMISSIONS',
      `${path} belongs to another user (uid ${stats.uid}); Tessera's state must belong to the user running the app (uid ${uid}).`,
    );
  }
}

/** What identifies one version of a file: atomic writes make a new inode, and a change moves its times. */
const stampOf = (s: BigIntStats) => `${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;

/**
 * Reads are synchronous on purpose: these files are a few hundred bytes on a local disk, and `status()` is
 * meant to cost microseconds; an unchanged file costs one stat.
 */
export class GuardedJsonFile<T> {
  private cached: { stamp: string; value: T } | undefined;

  /** `shape` returns the value typed, or undefined when the JSON is not that kind of state. */
  constructor(
    readonly path: string,
    private readonly shape: (value: unknown) => T | undefined,
    private readonly what: string,
  ) {}

  read(): T | undefined {
    // Nothing parsed yet: load() stats and checks the open file itself.
    if (!this.cached) return this.load();
    let stats: BigIntStats | undefined;
    try {
      stats = statSync(this.path, { bigint: true, throwIfNoEntry: false });
    } catch (error) {
      throw new TesseraError('STORE_CORRUPT', `Cannot read ${this.path} (${errnoOf(error) ?? String(error)}).`, {
        cause: error,
      });
    }
    if (!stats) {
      this.cached = undefined;
      return undefined;
    }
    checkOwnership(stats, this.path, 'file');
    if (this.cached && this.cached.stamp === stampOf(stats)) return this.cached.value;
    return this.load();
  }

  /** Forgets the parsed copy (after this process wrote or removed the file). */
  invalidate(): void {
    this.cached = undefined;
  }

  private load(): T | undefined {
    let fd: number;
    try {
      fd = openSync(this.path, 'r');
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') return undefined;
      throw new TesseraError('STORE_CORRUPT', `Cannot read ${this.path} (${errnoOf(error) ?? String(error)}).`, {
        cause: error,
      });
    }
    let text: string;
    let stats: BigIntStats;
    try {
      // The stamp and the bytes come from the same open file, so a concurrent replacement cannot mix them.
      stats = fstatSync(fd, { bigint: true });
      checkOwnership(stats, this.path, 'file');
      if (!stats.isFile()) throw new TesseraError('STORE_CORRUPT', `${this.path} is not a regular file.`);
      text = readFileSync(fd, 'utf8');
    } finally {
      closeSync(fd);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw this.corrupt('it is not valid JSON');
    }
    const value = this.shape(parsed);
    if (value === undefined) throw this.corrupt(`it does not hold ${this.what}`);
    this.cached = { stamp: stampOf(stats), value };
    return value;
  }

  private corrupt(why: string): TesseraError {
    return new TesseraError(
      'STORE_CORRUPT',
      `${this.path} is damaged: ${why}. Nothing was changed; remove the file to start over (this app will have to connect again).`,
    );
  }
}
