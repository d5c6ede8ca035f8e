// Interactive answers to the sign-in steps: credentials (with the image code when the server asks for it) and the second factor.
import { M } from '@tessera/protocol';
import type { CredentialsStep, SecondFactorStep, Step } from '@tessera/sdk';
import { labelOf, notEmpty, sixDigitsOrBlank } from './answer-parts.js';
import { readCaptcha } from './captcha-prompt.js';
import type { Choice } from './prompter.js';
import { countdownChoice } from './resend-countdown.js';
import type { Session } from './session.js';

export async function answerCredentials(step: CredentialsStep, s: Session): Promise<Step> {
  const { ask, t } = s;
  if (!s.memory.askedForAccount && s.memory.email === undefined && !step.error && !step.captcha) {
    s.memory.askedForAccount = true;
    const choice = await ask.select(t('haveAccount'), [
      { value: 'sign_in', label: t('signIn') },
      { value: 'create', label: t.id(M.LABEL_CREATE_ACCOUNT) },
    ]);
    if (choice === 'create') return ask.spin(s.waiting, step.createAccount());
  }
  const email = await ask.text(labelOf(step, 'email', M.LABEL_EMAIL, s), {
    ...(s.memory.email !== undefined ? { initialValue: s.memory.email } : {}),
    validate: notEmpty(s),
  });
  s.memory.email = email.trim();
  const password = await ask.password(labelOf(step, 'password', M.LABEL_PASSWORD, s));
  let answering = step;
  let captchaAnswer: string | undefined;
  if (step.captcha) {
    const read = await readCaptcha(step, s);
    if ('next' in read) return read.next;
    ({ step: answering, answer: captchaAnswer } = read);
  }
  // The SDK solves a proof of work in submit(); the spinner says what the wait is for.
  return ask.spin(
    step.proofOfWork ? t('solvingProofOfWork') : s.waiting,
    answering.submit({ email: s.memory.email, password, ...(captchaAnswer !== undefined ? { captchaAnswer } : {}) }),
  );
}

type FactorChoice = 'code' | 'resend' | 'help' | 'use_totp' | 'use_sms';

export async function answerSecondFactor(step: SecondFactorStep, s: Session): Promise<Step> {
  const { ask, t } = s;
  const availableAt = Date.now() + step.resendAvailableIn * 1000;
  const has = (name: string) => step.nodes.some((n) => n.name === name);
  const codeLabel = labelOf(step, 'code', step.method === 'totp' ? M.LABEL_TOTP_CODE : M.LABEL_CODE, s);
  for (;;) {
    const choices: Array<Choice<FactorChoice>> = [{ value: 'code', label: t('enterCode') }];
    const resend = has('resend')
      ? countdownChoice<FactorChoice>('resend', labelOf(step, 'resend', M.LABEL_RESEND, s), availableAt, t)
      : undefined;
    if (resend) choices.push(resend.choice);
    if (has('help')) choices.push({ value: 'help', label: labelOf(step, 'help', M.LABEL_HELP, s) });
    if (step.useTotp) choices.push({ value: 'use_totp', label: labelOf(step, 'use_totp', M.LABEL_USE_TOTP, s) });
    if (step.useSms) choices.push({ value: 'use_sms', label: labelOf(step, 'use_sms', M.LABEL_USE_SMS, s) });
    const choice = choices.length === 1 ? 'code' : await ask.select(codeLabel, choices, resend?.refresh);
    switch (choice) {
      case 'code': {
        // An empty answer goes back to the choices (e.g. to ask for a new code).
        const code = (
          await ask.text(codeLabel, {
            placeholder: t('codePlaceholder'),
            validate: sixDigitsOrBlank(s),
          })
        ).trim();
        if (code === '') continue;
        return ask.spin(s.waiting, step.submit({ code }));
      }
      case 'resend':
        return ask.spin(s.waiting, step.resend());
      case 'help':
        s.memory.quietRepeats = true;
        return ask.spin(s.waiting, step.help());
      case 'use_totp':
        return ask.spin(s.waiting, step.useTotp!());
      case 'use_sms':
        return ask.spin(s.waiting, step.useSms!());
    }
  }
}
