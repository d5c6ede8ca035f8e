// Security headers for every portal response: a CSP with no inline script or style, no framing, no sniffing, no caching.
import type { FastifyReply } from 'fastify';
import type { Config } from '../config/index.js';

/** The policy; `logoOrigin` is where an operator's logo comes from, when it is not served here. */
export const contentSecurityPolicy = (logoOrigin?: string) =>
  [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    // The captcha and the TOTP QR code are data: images made by the server.
    `img-src 'self' data:${logoOrigin ? ` ${logoOrigin}` : ''}`,
    "connect-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; ');

export function applySecurityHeaders(reply: FastifyReply, config: Config, policy: string): void {
  reply.header('content-security-policy', policy);
  reply.header('x-frame-options', 'DENY');
  reply.header('cross-origin-opener-policy', 'same-origin');
  reply.header('cross-origin-resource-policy', 'same-origin');
  reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()');
  if (config.baseUrl?.startsWith('https://'))
    reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
  // Account pages show personal data and one-time secrets: never stored by the browser or a proxy. Assets set their own.
  if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
}
