// Turns whatever a command threw into a CliFailure: SDK errors get their documented exit code and a clear message.
import { TesseraError } from '@tessera/sdk';
import { UsageError } from './args.js';
import { EXIT } from './exit-codes.js';
import { CliFailure } from './failure.js';
import type { Translator } from './i18n/translate.js';

/** Business refusals the server may raise as errors rather than as a step to retry. */
const REFUSALS = new Set([
  'CREDENTIALS_INVALID',
  'CAPTCHA_INVALID',
  'CAPTCHA_REQUIRED',
  'ACCOUNT_THROTTLED',
  'CODE_INVALID',
  'CODE_EXPIRED',
  'CODE_ATTEMPTS_EXCEEDED',
  'CONSENT_DECLINED',
  'SUBSCRIPTION_NOT_SELECTABLE',
  'RATE_LIMITED',
  'SMS_QUOTA_EXCEEDED',
  'RESEND_COOLDOWN',
  'FACTOR_UNAVAILABLE',
  'DELIVERY_FAILED',
  'STATEMENT_OUTDATED',
  'EMAIL_INVALID',
  'PASSWORD_TOO_SHORT',
  'PASSWORD_TOO_LONG',
  'PASSWORD_TOO_COMMON',
  'FLOW_COMPLETED',
  'FLOW_STEP_MISMATCH',
  'FLOW_CONFLICT',
]);

export function explainError(error: unknown, t: Translator, server: string | undefined): CliFailure {
  if (error instanceof CliFailure) return error;
  if (error instanceof UsageError)
    return new CliFailure(EXIT.USAGE, 'USAGE', t('usage', { detail: t(error.problem.key, error.problem.vars) }));
  if (error instanceof TesseraError) {
    const detail = error.message;
    switch (error.code) {
      case 'UNREACHABLE':
        return new CliFailure(EXIT.UNREACHABLE, error.code, t('unreachable', { server: server ?? '?' }), { detail });
      case 'FLOW_EXPIRED':
      case 'FLOW_NOT_FOUND':
        return new CliFailure(EXIT.FLOW_EXPIRED, 'FLOW_EXPIRED', t('flowExpired'), { detail });
      case 'STORE_CORRUPT':
        return new CliFailure(EXIT.STORE, error.code, t('storeCorrupt', { detail }));
      case 'STORE_PERMISSIONS':
        return new CliFailure(EXIT.STORE, error.code, t('storePermissions', { detail }));
      case 'STORE_WRITE_FAILED':
        return new CliFailure(EXIT.STORE, error.code, t('storeWriteFailed', { detail }));
      case 'INVALID_OPTIONS':
        return new CliFailure(EXIT.USAGE, 'USAGE', t('usage', { detail }));
      case 'PROTOCOL':
        return new CliFailure(EXIT.UNEXPECTED, error.code, t('protocol', { detail }));
      default:
        if (REFUSALS.has(error.code)) return new CliFailure(EXIT.REFUSED, error.code, detail);
        return new CliFailure(EXIT.UNEXPECTED, error.code, t('unexpected', { detail }));
    }
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new CliFailure(EXIT.UNEXPECTED, 'UNEXPECTED', t('unexpected', { detail }));
}
