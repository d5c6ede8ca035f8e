// Writes the error reference (docs/errors.md) from the protocol's catalog, so the docs cannot drift from it.
import { ERROR_CATALOG, ERROR_CODES, translate } from '@tessera/protocol';

export function describeErrors(): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [
    '# Errors',
    '',
    '<!-- Generated from packages/protocol/src/errors.ts by `npm run docs`; a test fails when it is out of date. -->',
    '',
    'Every refusal answers `{ "error": { "code", "message", "messageId" } }` (a flow answers the flow with the same',
    "`error`), with the status below. Clients branch on `code`; `message` is for people, in the request's language",
    '(English and Vietnamese ship), and `messageId` is the stable id of that text. Placeholders in braces are filled',
    'from the request (a limit; `{wait}` is the wait in words, "23 minutes"). A refusal that passes with time (a',
    'quota, a rate limit, a wait) also gives it in seconds as `error.retryAfterSeconds` and the `Retry-After` header.',
    '`CAPTCHA_REQUIRED` names what the challenge asks: the image, or an automatic check (proof of work).',
    '',
    '| code | status | message (en) | message (vi) |',
    '|---|---|---|---|',
    ...ERROR_CODES.map((c) => {
      const { status, message } = ERROR_CATALOG[c];
      return `| \`${c}\` | ${status} | ${cell(translate(message, 'en'))} | ${cell(translate(message, 'vi'))} |`;
    }),
    '',
  ].join('\n');
}
