// Development logs for people: pino's JSON lines turned into `12:04:05.120 INFO  POST /v1/flows 201 14ms` lines.
import type { Writable } from 'node:stream';

const LEVELS: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO ', 40: 'WARN ', 50: 'ERROR', 60: 'FATAL' };
/** Said by every line already (or noise in a terminal). */
const QUIET = new Set(['level', 'time', 'msg', 'pid', 'hostname', 'reqId', 'req', 'res', 'responseTime', 'err']);

function formatLine(entry: Record<string, unknown>): string {
  const time = new Date(Number(entry.time ?? Date.now())).toISOString().slice(11, 23);
  const extra = Object.entries(entry)
    .filter(([key]) => !QUIET.has(key))
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  const err = entry.err as { stack?: string; message?: string } | undefined;
  const detail = err ? `\n${err.stack ?? err.message}` : '';
  return `${time} ${LEVELS[Number(entry.level)] ?? 'INFO '} ${String(entry.msg ?? '')}${extra.length ? `  ${extra.join(' ')}` : ''}${detail}\n`;
}

/** A destination for pino that writes each entry as one readable line (an error's stack below it). */
export function readableLogStream(out: Pick<Writable, 'write'>): { write(line: string): void } {
  return {
    write(line) {
      try {
        out.write(formatLine(JSON.parse(line) as Record<string, unknown>));
      } catch {
        out.write(line);
      }
    },
  };
}
