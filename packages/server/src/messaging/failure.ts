// Turns thrown errors into delivery failures whose text cannot leak a credential.

import type { DeliveryResult } from './types.js';

const MAX_REASON = 300;

/** Removes every non-empty secret (and its URL-encoded form) from `text` and bounds its length. */
export function redact(text: string, secrets: ReadonlyArray<string | undefined>): string {
  let out = text;
  for (const secret of secrets) {
    if (!secret) continue;
    for (const form of new Set([secret, encodeURIComponent(secret)])) out = out.split(form).join('***');
  }
  return out.length > MAX_REASON ? `${out.slice(0, MAX_REASON)}…` : out;
}

export function failed(reason: string, secrets: ReadonlyArray<string | undefined> = []): DeliveryResult {
  return { ok: false, reason: redact(reason, secrets) };
}

/** The error's message, with its cause's, because fetch says only "fetch failed" and hides why in the cause. */
export function errorText(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const own = err.message || err.name;
  const cause: unknown = err.cause;
  return cause instanceof Error && cause.message && cause.message !== own ? `${own} (${cause.message})` : own;
}
