// What the access log records of a request: never a secret a URL carries (invitation links, tokens, codes).
import type { FastifyRequest } from 'fastify';

/** Query parameters whose value is a secret, whatever page or route they are on. */
const SECRET_PARAMS = /^(token|code|credential|secret|password|key|signature|sig|session|auth|otp|state)$/i;
/** Tessera's own tokens and credentials (`tin_…`, `tss_…`, `tdc_…`), wherever they appear, e.g. inside `?next=`. */
const TOKEN_SHAPED = /t(?:in|ss|dc)(?:_|%5F)[A-Za-z0-9_-]{16,}/gi;

/** `url` (path and query) with the values of secret-bearing parameters and anything token-shaped replaced. */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  const path = q < 0 ? url : url.slice(0, q);
  const query = q < 0 ? '' : url.slice(q + 1);
  const parts =
    query === ''
      ? []
      : query.split('&').map((part) => {
          const eq = part.indexOf('=');
          const name = eq < 0 ? part : part.slice(0, eq);
          return eq >= 0 && SECRET_PARAMS.test(safeDecode(name)) ? `${name}=[redacted]` : part;
        });
  return `${path}${q < 0 ? '' : `?${parts.join('&')}`}`.replace(TOKEN_SHAPED, '[redacted]');
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Fastify's request fields, with the URL redacted. */
export function requestSerializer(request: FastifyRequest) {
  return {
    method: request.method,
    url: redactUrl(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}
