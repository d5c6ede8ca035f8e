// JSON over fetch to the Tessera server: timeouts and network failures become UNREACHABLE, non-JSON PROTOCOL.
import type { Locale } from '@tessera/protocol';
import { TesseraError } from '../api.js';

/** A response whose body parsed as JSON. */
export interface HttpReply {
  status: number;
  body: unknown;
}

/** The one way the SDK talks to the server. */
export interface Http {
  send(
    method: 'GET' | 'POST',
    path: string,
    body?: unknown,
    bearer?: string,
    extraHeaders?: Readonly<Record<string, string>>,
  ): Promise<HttpReply>;
}

/** A server error body (`{ error: { code, message, details? } }`), if that is what `body` is. */
export function serverError(
  body: unknown,
): { code: string; message: string; details?: Record<string, unknown>; retryAfterSeconds?: number } | undefined {
  const error = (body as { error?: unknown } | null)?.error as
    { code?: unknown; message?: unknown; details?: unknown; retryAfterSeconds?: unknown } | undefined;
  if (typeof error !== 'object' || error === null || typeof error.code !== 'string') return undefined;
  const details =
    typeof error.details === 'object' && error.details !== null
      ? (error.details as Record<string, unknown>)
      : undefined;
  return {
    code: error.code,
    message: typeof error.message === 'string' ? error.message : error.code,
    ...(details ? { details } : {}),
    ...(typeof error.retryAfterSeconds === 'number' ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
  };
}

/** A server error as a thrown TesseraError, with the server's code, text and details. */
export function serverFailure(reply: HttpReply, what: string): TesseraError {
  const error = serverError(reply.body);
  if (!error) return new TesseraError('PROTOCOL', `${what}: unexpected answer (HTTP ${reply.status}).`);
  return new TesseraError(error.code, error.message, {
    ...(error.details ? { details: error.details } : {}),
    ...(error.retryAfterSeconds !== undefined ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
  });
}

/** JSON requests to `server` with a timeout; the locale goes along as Accept-Language. */
export function createHttp(options: {
  server: string;
  fetch: typeof fetch;
  timeoutMs: number;
  locale: Locale | undefined;
}): Http {
  const { server, timeoutMs, locale } = options;
  const doFetch = options.fetch;
  return {
    async send(method, path, body, bearer, extraHeaders) {
      const headers: Record<string, string> = { ...extraHeaders, accept: 'application/json' };
      if (body !== undefined) headers['content-type'] = 'application/json';
      if (bearer) headers.authorization = `Bearer ${bearer}`;
      if (locale) headers['accept-language'] = locale;
      let response: Response;
      let text: string;
      try {
        response = await doFetch(`${server}${path}`, {
          method,
          headers,
          signal: AbortSignal.timeout(timeoutMs),
          ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        });
        text = await response.text();
      } catch (error) {
        const why =
          (error as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : describeNetworkError(error);
        throw new TesseraError('UNREACHABLE', `Cannot reach the Tessera server at ${server}: ${why}.`, {
          cause: error,
        });
      }
      try {
        return { status: response.status, body: JSON.parse(text) as unknown };
      } catch {
        // A proxy's error page or a server that is not Tessera: for the app it is as good as unreachable, but say so.
        const code = response.status >= 500 || response.status === 429 ? 'UNREACHABLE' : 'PROTOCOL';
        throw new TesseraError(
          code,
          `${server}${path} answered HTTP ${response.status} with something that is not Tessera's JSON.`,
        );
      }
    },
  };
}

function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message ?? String(error);
}
