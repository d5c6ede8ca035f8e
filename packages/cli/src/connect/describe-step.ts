// A step as plain data for scripts (the JSON of exit code 3), and in words for people.
import type { Step } from '@tessera/sdk';
import type { Translator } from '../i18n/translate.js';

export function describeStep(step: Step, extra: { captchaPath?: string } = {}): Record<string, unknown> {
  const base = {
    kind: step.kind,
    flowId: step.flowId,
    messages: step.messages.map((m) => ({ id: m.id, type: m.type, text: m.text })),
    ...(step.error ? { error: step.error } : {}),
  };
  switch (step.kind) {
    case 'credentials':
      return {
        ...base,
        captcha: step.captcha ? { mediaType: step.captcha.mediaType, path: extra.captchaPath ?? null } : null,
        proofOfWork: step.proofOfWork ?? null,
      };
    case 'second_factor':
      return { ...base, method: step.method, resendAvailableIn: step.resendAvailableIn };
    case 'confirm_account':
      return { ...base, accountHint: step.accountHint };
    case 'consent':
      return { ...base, statement: step.statement };
    case 'select_subscription':
      return { ...base, options: step.options };
    case 'verify_email':
      return { ...base, resendAvailableIn: step.resendAvailableIn };
    case 'done':
      return { ...base, status: step.status };
    default:
      return base;
  }
}

/** What a person would do at this step, and the option that does it for a script when there is one. */
export function stepNeed(step: Step, t: Translator, extra: { captchaPath?: string } = {}): string {
  switch (step.kind) {
    case 'credentials':
      return step.captcha ? t('need_captcha', { path: extra.captchaPath ?? '' }) : t('need_credentials');
    case 'second_factor':
      return t(step.method === 'totp' ? 'need_second_factor_totp' : 'need_second_factor');
    case 'confirm_account':
      return t('need_confirm_account', { account: step.accountHint });
    case 'consent':
      return t('need_consent', { title: step.statement.title, version: step.statement.version });
    case 'select_subscription':
      return t('need_select_subscription', {
        options: step.options
          .filter((o) => !o.full)
          .map((o) => `${o.id} (${o.label})`)
          .join('; '),
      });
    case 'details':
      return t('need_details');
    case 'verify_email':
      return t('need_verify_email');
    case 'done':
      return '';
  }
}
