// The one error catalog: every code a client can receive, its HTTP status and its message id.
import { M } from './message-ids.js';

export const ERROR_CATALOG = {
  // Broken requests
  VALIDATION_FAILED: { status: 400, message: M.ERR_VALIDATION_FAILED },
  MALFORMED_REQUEST: { status: 400, message: M.ERR_MALFORMED_REQUEST },
  PAYLOAD_TOO_LARGE: { status: 413, message: M.ERR_PAYLOAD_TOO_LARGE },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: M.ERR_UNSUPPORTED_MEDIA_TYPE },
  NOT_FOUND: { status: 404, message: M.ERR_NOT_FOUND },
  UNAUTHENTICATED: { status: 401, message: M.ERR_UNAUTHENTICATED },
  FORBIDDEN: { status: 403, message: M.ERR_FORBIDDEN },
  CSRF_FAILED: { status: 403, message: M.ERR_CSRF_FAILED },
  RATE_LIMITED: { status: 429, message: M.ERR_RATE_LIMITED },
  INTERNAL: { status: 500, message: M.ERR_INTERNAL },
  UNAVAILABLE: { status: 503, message: M.ERR_UNAVAILABLE },
  // Flows
  FLOW_NOT_FOUND: { status: 404, message: M.ERR_FLOW_NOT_FOUND },
  FLOW_EXPIRED: { status: 410, message: M.ERR_FLOW_EXPIRED },
  FLOW_STEP_MISMATCH: { status: 409, message: M.ERR_FLOW_STEP_MISMATCH },
  FLOW_CONFLICT: { status: 409, message: M.ERR_FLOW_CONFLICT },
  FLOW_COMPLETED: { status: 409, message: M.ERR_FLOW_COMPLETED },
  // Outcomes of a flow step (the flow is returned alongside)
  CREDENTIALS_INVALID: { status: 400, message: M.ERR_CREDENTIALS_INVALID },
  CAPTCHA_REQUIRED: { status: 400, message: M.ERR_CAPTCHA_REQUIRED },
  CAPTCHA_INVALID: { status: 400, message: M.ERR_CAPTCHA_INVALID },
  ACCOUNT_THROTTLED: { status: 429, message: M.ERR_ACCOUNT_THROTTLED },
  CODE_INVALID: { status: 400, message: M.ERR_CODE_INVALID },
  CODE_EXPIRED: { status: 400, message: M.ERR_CODE_EXPIRED },
  CODE_ATTEMPTS_EXCEEDED: { status: 400, message: M.ERR_CODE_ATTEMPTS_EXCEEDED },
  RESEND_COOLDOWN: { status: 429, message: M.ERR_RESEND_COOLDOWN },
  SMS_QUOTA_EXCEEDED: { status: 429, message: M.ERR_SMS_QUOTA_EXCEEDED },
  PASSWORD_TOO_SHORT: { status: 400, message: M.ERR_PASSWORD_TOO_SHORT },
  PASSWORD_TOO_LONG: { status: 400, message: M.ERR_PASSWORD_TOO_LONG },
  PASSWORD_TOO_COMMON: { status: 400, message: M.ERR_PASSWORD_TOO_COMMON },
  PASSWORD_INCORRECT: { status: 403, message: M.ERR_PASSWORD_INCORRECT },
  EMAIL_INVALID: { status: 400, message: M.ERR_EMAIL_INVALID },
  COUNTRY_INVALID: { status: 400, message: M.ERR_COUNTRY_INVALID },
  PHONE_INVALID: { status: 400, message: M.ERR_PHONE_INVALID },
  PHONE_COUNTRY_NOT_ALLOWED: { status: 400, message: M.ERR_PHONE_COUNTRY_NOT_ALLOWED },
  PHONE_NUMBER_NOT_ALLOWED: { status: 400, message: M.ERR_PHONE_NUMBER_NOT_ALLOWED },
  FACTOR_NOT_PENDING: { status: 409, message: M.ERR_FACTOR_NOT_PENDING },
  FACTOR_UNAVAILABLE: { status: 400, message: M.ERR_FACTOR_UNAVAILABLE },
  DELIVERY_FAILED: { status: 503, message: M.ERR_DELIVERY_FAILED },
  STATEMENT_OUTDATED: { status: 409, message: M.ERR_STATEMENT_OUTDATED },
  CONSENT_DECLINED: { status: 400, message: M.ERR_CONSENT_DECLINED },
  SUBSCRIPTION_NOT_SELECTABLE: { status: 400, message: M.ERR_SUBSCRIPTION_NOT_SELECTABLE },
  DEVICE_DISCONNECTED: { status: 401, message: M.ERR_DEVICE_DISCONNECTED },
  STATEMENT_VERSION_INVALID: { status: 400, message: M.ERR_STATEMENT_VERSION_INVALID },
  DEVICE_LIMIT_REACHED: { status: 409, message: M.ERR_DEVICE_LIMIT_REACHED },
  DEVICE_CREDENTIAL_INVALID: { status: 401, message: M.ERR_DEVICE_CREDENTIAL_INVALID },
  // Licensing: activation codes, subscriptions, seats and family sharing
  ACTIVATION_CODE_MALFORMED: { status: 400, message: M.ERR_ACTIVATION_CODE_MALFORMED },
  ACTIVATION_CODE_TYPO: { status: 400, message: M.ERR_ACTIVATION_CODE_TYPO },
  ACTIVATION_CODE_INVALID: { status: 400, message: M.ERR_ACTIVATION_CODE_INVALID },
  SUBSCRIPTION_LIMIT_REACHED: { status: 409, message: M.ERR_SUBSCRIPTION_LIMIT_REACHED },
  SUBSCRIPTION_NOT_FOUND: { status: 404, message: M.ERR_SUBSCRIPTION_NOT_FOUND },
  SUBSCRIPTION_NOT_USABLE: { status: 409, message: M.ERR_SUBSCRIPTION_NOT_USABLE },
  SEATS_EXCEEDED: { status: 409, message: M.ERR_SEATS_EXCEEDED },
  MEMBER_LIMIT_REACHED: { status: 409, message: M.ERR_MEMBER_LIMIT_REACHED },
  MEMBER_NOT_FOUND: { status: 404, message: M.ERR_MEMBER_NOT_FOUND },
  ALREADY_MEMBER: { status: 409, message: M.ERR_ALREADY_MEMBER },
  INVITATION_INVALID: { status: 400, message: M.ERR_INVITATION_INVALID },
  INVITATION_EXPIRED: { status: 410, message: M.ERR_INVITATION_EXPIRED },
  INVITATION_EMAIL_MISMATCH: { status: 403, message: M.ERR_INVITATION_EMAIL_MISMATCH },
  // Passkeys (WebAuthn)
  PASSKEY_INVALID: { status: 400, message: M.ERR_PASSKEY_INVALID },
  PASSKEY_CHALLENGE_INVALID: { status: 400, message: M.ERR_PASSKEY_CHALLENGE_INVALID },
  PASSKEY_NOT_FOUND: { status: 400, message: M.ERR_PASSKEY_NOT_FOUND },
  PASSKEY_COUNTER_INVALID: { status: 400, message: M.ERR_PASSKEY_COUNTER_INVALID },
  PASSKEY_LIMIT_REACHED: { status: 409, message: M.ERR_PASSKEY_LIMIT_REACHED },
  PASSKEY_LAST_FACTOR: { status: 403, message: M.ERR_PASSKEY_LAST_FACTOR },
  // Device authorization (RFC 8628): the person's side; the device's polls answer with RFC 8628's own error values
  USER_CODE_INVALID: { status: 400, message: M.ERR_USER_CODE_INVALID },
  DEVICE_AUTHORIZATION_CLOSED: { status: 409, message: M.ERR_DEVICE_AUTHORIZATION_CLOSED },
  DEVICE_AUTHORIZATION_DENIED: { status: 400, message: M.ERR_DEVICE_AUTHORIZATION_DENIED },
  // The operator API (/admin/v1)
  SCOPE_MISSING: { status: 403, message: M.ERR_SCOPE_MISSING },
  ACCOUNT_NOT_FOUND: { status: 404, message: M.ERR_ACCOUNT_NOT_FOUND },
  PLAN_NOT_FOUND: { status: 404, message: M.ERR_PLAN_NOT_FOUND },
  OPERATION_REFUSED: { status: 409, message: M.ERR_OPERATION_REFUSED },
  ACCOUNT_DISABLED: { status: 403, message: M.ERR_ACCOUNT_DISABLED },
} as const satisfies Record<string, { status: number; message: number }>;

/** Every error code a client can receive. */
export type ErrorCode = keyof typeof ERROR_CATALOG;

export const ERROR_CODES = Object.keys(ERROR_CATALOG) as ErrorCode[];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_CATALOG, value);
}
