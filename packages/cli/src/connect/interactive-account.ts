// Interactive answers to the account steps: the account found on this device, the data statement, the subscription, sign-up.
import { M } from '@tessera/protocol';
import type {
  ConfirmAccountStep,
  ConsentStep,
  SelectSubscriptionStep,
  SignUpDetailsStep,
  Step,
  VerifyEmailStep,
} from '@tessera/sdk';
import { countryFromEnv } from '../i18n/locale.js';
import { labelOf, notEmpty, sixDigitsOrBlank } from './answer-parts.js';
import { countdownChoice } from './resend-countdown.js';
import type { Session } from './session.js';

export async function answerConfirmAccount(step: ConfirmAccountStep, s: Session): Promise<Step> {
  const question =
    step.nodes.find((n) => n.name === 'account')?.label?.text ??
    s.t.id(M.INFO_ACCOUNT_FOUND, { email: step.accountHint });
  if (s.options.yes) {
    s.ask.block([question]);
    return s.ask.spin(s.waiting, step.confirm());
  }
  const choice = await s.ask.select(question, [
    { value: 'connect', label: labelOf(step, 'connect', M.LABEL_CONNECT, s) },
    { value: 'another', label: labelOf(step, 'use_another_account', M.LABEL_USE_ANOTHER_ACCOUNT, s) },
  ]);
  return s.ask.spin(s.waiting, choice === 'connect' ? step.confirm() : step.useAnotherAccount());
}

export async function answerConsent(step: ConsentStep, s: Session): Promise<Step> {
  s.ask.note(step.statement.body, step.statement.title);
  const choice = await s.ask.select(step.statement.title, [
    { value: 'accept', label: labelOf(step, 'accept', M.LABEL_ACCEPT_AND_CONNECT, s) },
    { value: 'decline', label: labelOf(step, 'decline', M.LABEL_DECLINE, s) },
  ]);
  return s.ask.spin(s.waiting, choice === 'accept' ? step.accept() : step.decline());
}

export async function answerSelectSubscription(step: SelectSubscriptionStep, s: Session): Promise<Step> {
  // Full subscriptions are listed, so the person sees why they cannot be picked, but not selectable.
  const question = step.messages.find((m) => m.id === M.INFO_SELECT_SUBSCRIPTION)?.text ?? s.t('chooseSubscription');
  const id = await s.ask.select(
    question,
    step.options.map((o) => ({
      value: o.id,
      label: o.label,
      ...(o.full ? { disabled: true } : {}),
    })),
  );
  return s.ask.spin(s.waiting, step.select(id));
}

export async function answerDetails(step: SignUpDetailsStep, s: Session): Promise<Step> {
  const { ask, t } = s;
  const email = (
    await ask.text(labelOf(step, 'email', M.LABEL_EMAIL, s), {
      ...(s.memory.email !== undefined ? { initialValue: s.memory.email } : {}),
      validate: notEmpty(s),
    })
  ).trim();
  s.memory.email = email;
  const password = await ask.password(labelOf(step, 'password', M.LABEL_PASSWORD, s));
  const suggested = countryFromEnv(s.env);
  const country = (
    await ask.text(labelOf(step, 'country', M.LABEL_COUNTRY, s), {
      ...(suggested ? { initialValue: suggested } : {}),
      validate: (v) => (/^[A-Za-z]{2}$/.test(v.trim()) ? undefined : t('countryFormat')),
    })
  )
    .trim()
    .toUpperCase();
  return ask.spin(s.waiting, step.submit({ email, password, country }));
}

export async function answerVerifyEmail(step: VerifyEmailStep, s: Session): Promise<Step> {
  const { ask, t } = s;
  const codeLabel = labelOf(step, 'code', M.LABEL_CODE, s);
  // The server's "we sent a code" notice does not reach this step (it is cleared when the flow advances), so
  // the same stable text is shown from here.
  if (!step.error && step.messages.length === 0 && s.memory.email) {
    ask.show([
      { id: M.INFO_EMAIL_CODE_SENT, type: 'info', text: t.id(M.INFO_EMAIL_CODE_SENT, { email: s.memory.email }) },
    ]);
  }
  const availableAt = Date.now() + step.resendAvailableIn * 1000;
  for (;;) {
    const resend = countdownChoice('resend', labelOf(step, 'resend', M.LABEL_RESEND, s), availableAt, t);
    const choice = await ask.select(
      codeLabel,
      [{ value: 'code', label: t('enterCode') }, resend.choice],
      resend.refresh,
    );
    if (choice === 'resend') return ask.spin(s.waiting, step.resend());
    const code = (
      await ask.text(codeLabel, {
        placeholder: t('codePlaceholder'),
        validate: sixDigitsOrBlank(s),
      })
    ).trim();
    if (code) return ask.spin(s.waiting, step.submit({ code }));
  }
}
