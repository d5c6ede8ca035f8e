// The bad-input suite's malformed bodies: per documented body route, what a valid body is and every way to spoil it.
import type { ErrorCode } from '@tessera/protocol';
import type { TestServer } from '../support/test-server.js';
import type { RawRequest } from './http-support.js';

export const PASSWORD = 'lantern-harbour-42';
/** Put in bad input; no answer may echo it. */
export const MARKER = 'SECRET-MARKER-7f3a';
export const JSON_TYPE = 'application/json';

export interface BodyRoute {
  url: (ctx: Ctx) => string;
  auth: boolean;
  valid: (ctx: Ctx) => Record<string, unknown>;
  /** Fields that may be left out. */
  optional?: string[];
  /** Top-level string fields and their maxLength. */
  maxLengths?: Record<string, number>;
  /** Sending no body at all is allowed (and means `{}`). */
  bodyOptional?: boolean;
}

export interface Ctx {
  s: TestServer;
  token: string;
  flowId: string;
}

export const BODY_ROUTES: Record<string, BodyRoute> = {
  'POST /v1/flows': {
    url: () => '/v1/flows',
    auth: false,
    valid: () => ({ kind: 'sign_in', locale: 'en' }),
    optional: ['locale'],
  },
  'POST /v1/flows/:flowId': {
    url: (c) => `/v1/flows/${c.flowId}`,
    auth: false,
    valid: () => ({ step: 'credentials', email: 'alice@example.com', password: PASSWORD, captcha_answer: 'ABCDE' }),
    optional: ['captcha_answer'],
    maxLengths: { email: 254, password: 1024, captcha_answer: 1024 },
  },
  'POST /v1/account/password': {
    url: () => '/v1/account/password',
    auth: true,
    valid: () => ({ currentPassword: PASSWORD, newPassword: 'another-long-phrase-9' }),
    maxLengths: { currentPassword: 1024, newPassword: 1024 },
  },
  'POST /v1/account/phone': {
    url: () => '/v1/account/phone',
    auth: true,
    valid: () => ({ phone: '+12015550199', password: PASSWORD }),
    maxLengths: { phone: 32, password: 1024 },
  },
  'POST /v1/account/phone/verify': {
    url: () => '/v1/account/phone/verify',
    auth: true,
    valid: () => ({ code: '123456' }),
    maxLengths: { code: 32 },
  },
  'POST /v1/account/phone/remove': {
    url: () => '/v1/account/phone/remove',
    auth: true,
    valid: () => ({ password: PASSWORD }),
    maxLengths: { password: 1024 },
  },
  'POST /v1/account/totp': {
    url: () => '/v1/account/totp',
    auth: true,
    valid: () => ({ password: PASSWORD }),
    maxLengths: { password: 1024 },
  },
  'POST /v1/account/totp/verify': {
    url: () => '/v1/account/totp/verify',
    auth: true,
    valid: () => ({ code: '123456' }),
    maxLengths: { code: 32 },
  },
  'POST /v1/account/totp/remove': {
    url: () => '/v1/account/totp/remove',
    auth: true,
    valid: () => ({ password: PASSWORD }),
    maxLengths: { password: 1024 },
  },
  'POST /v1/sessions/revoke-all': {
    url: () => '/v1/sessions/revoke-all',
    auth: true,
    valid: () => ({ keepCurrent: true }),
    optional: ['keepCurrent'],
    bodyOptional: true,
  },
  'POST /v1/sessions/sign-out': {
    url: () => '/v1/sessions/sign-out',
    auth: true,
    valid: () => ({}),
    bodyOptional: true,
  },
  'PATCH /v1/devices/:deviceId': {
    url: () => '/v1/devices/dev_AAAAAAAAAAAAAAAA',
    auth: true,
    valid: () => ({ name: 'Laptop' }),
    maxLengths: { name: 100 },
  },
  'POST /v1/check-in': {
    url: () => '/v1/check-in',
    auth: false,
    valid: () => ({ credential: 'dc_AAAAAAAAAAAAAAAA' }),
    maxLengths: { credential: 128 },
  },
};

/** Every way the body of `route` can be wrong, each with the code it must get. */
export function badBodies(
  route: BodyRoute,
  ctx: Ctx,
): Array<{ what: string; request: Omit<RawRequest, 'method' | 'url'>; code: ErrorCode }> {
  const valid = route.valid(ctx);
  const json = JSON.stringify(valid);
  const asJson = (payload: string) => ({ payload, contentType: JSON_TYPE });
  const cases: Array<{ what: string; request: Omit<RawRequest, 'method' | 'url'>; code: ErrorCode }> = [
    ...['{', '{"a":', `${json}x`, `${json}${json}`, "{'kind':'sign_in'}", '{"a":1,}', 'undefined', 'NaN'].map((p) => ({
      what: `malformed ${p.slice(0, 20)}`,
      request: asJson(p),
      code: 'MALFORMED_REQUEST' as const,
    })),
    { what: 'empty JSON body', request: asJson(''), code: 'MALFORMED_REQUEST' },
    {
      what: '__proto__ key',
      request: asJson(`{"__proto__":{"admin":true},${json.slice(1)}`),
      code: 'MALFORMED_REQUEST',
    },
    {
      what: 'constructor.prototype key',
      request: asJson(`{"constructor":{"prototype":{"admin":true}},${json.slice(1)}`),
      code: 'MALFORMED_REQUEST',
    },
    { what: 'text/plain', request: { payload: json, contentType: 'text/plain' }, code: 'UNSUPPORTED_MEDIA_TYPE' },
    {
      what: 'text/plain; charset',
      request: { payload: json, contentType: 'text/plain; charset=utf-8' },
      code: 'UNSUPPORTED_MEDIA_TYPE',
    },
    {
      what: 'form',
      request: {
        payload: new URLSearchParams(valid as Record<string, string>).toString() || 'a=b',
        contentType: 'application/x-www-form-urlencoded',
      },
      code: 'UNSUPPORTED_MEDIA_TYPE',
    },
    {
      what: 'multipart',
      request: {
        payload: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--x--',
        contentType: 'multipart/form-data; boundary=x',
      },
      code: 'UNSUPPORTED_MEDIA_TYPE',
    },
    { what: 'xml', request: { payload: '<a/>', contentType: 'application/xml' }, code: 'UNSUPPORTED_MEDIA_TYPE' },
    { what: 'no content type', request: { payload: json }, code: 'UNSUPPORTED_MEDIA_TYPE' },
    ...['null', '[]', `[${json}]`, '"x"', '1', 'true'].map((p) => ({
      what: `JSON ${p.slice(0, 20)}`,
      request: asJson(p),
      code: 'VALIDATION_FAILED' as const,
    })),
    { what: 'unknown field', request: asJson(JSON.stringify({ ...valid, extra: MARKER })), code: 'VALIDATION_FAILED' },
    { what: 'unknown field, empty', request: asJson(JSON.stringify({ ...valid, '': 1 })), code: 'VALIDATION_FAILED' },
    {
      what: 'oversize padding',
      request: asJson(JSON.stringify({ ...valid, pad: 'x'.repeat(70 * 1024) })),
      code: 'PAYLOAD_TOO_LARGE',
    },
    { what: 'oversize garbage', request: asJson('{'.repeat(70 * 1024)), code: 'PAYLOAD_TOO_LARGE' },
  ];
  if (!route.bodyOptional) cases.push({ what: 'no body', request: {}, code: 'VALIDATION_FAILED' });
  for (const [key, value] of Object.entries(valid)) {
    const wrong =
      typeof value === 'string' ? [12345, true, null, [MARKER], { value: MARKER }, ''] : [MARKER, 1, null, [], {}];
    for (const w of wrong) {
      if (w === '' && key === 'captcha_answer') continue; // the one string without a minimum length
      cases.push({
        what: `${key} = ${JSON.stringify(w)}`,
        request: asJson(JSON.stringify({ ...valid, [key]: w })),
        code: 'VALIDATION_FAILED',
      });
    }
    if (!route.optional?.includes(key)) {
      const { [key]: _dropped, ...rest } = valid;
      cases.push({ what: `missing ${key}`, request: asJson(JSON.stringify(rest)), code: 'VALIDATION_FAILED' });
    }
    cases.push({
      what: `${key} in upper case`,
      request: asJson(JSON.stringify({ ...valid, [key.toUpperCase()]: value })),
      code: 'VALIDATION_FAILED',
    });
  }
  for (const [key, max] of Object.entries(route.maxLengths ?? {})) {
    const long =
      key === 'email' ? `${'a'.repeat(max - 11)}@example.com` : `${MARKER}${'9'.repeat(max + 1 - MARKER.length)}`;
    cases.push({
      what: `${key} over ${max}`,
      request: asJson(JSON.stringify({ ...valid, [key]: long })),
      code: 'VALIDATION_FAILED',
    });
  }
  return cases;
}
