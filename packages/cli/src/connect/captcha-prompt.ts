// Reading the image code with a person: the image inline (where the terminal can), its file:// address, open it, a new one.
import { pathToFileURL } from 'node:url';
import { M } from '@tessera/protocol';
import type { CredentialsStep, Step } from '@tessera/sdk';
import { findOpener, inlineImage, inlineProtocol, saveCaptcha } from './captcha-image.js';
import { labelOf, notEmpty } from './answer-parts.js';
import type { Choice } from './prompter.js';
import type { Session } from './session.js';

type CaptchaChoice = 'code' | 'open' | 'new';

/** The answer to the image on the step that showed it, or the next step when asking for a new image led elsewhere. */
export type CaptchaRead = { step: CredentialsStep; answer: string } | { next: Step };

export async function readCaptcha(first: CredentialsStep, s: Session): Promise<CaptchaRead> {
  const { ask, t } = s;
  const open = findOpener(s.env);
  const protocol = inlineProtocol(s.env);
  let step = first;
  for (;;) {
    const captcha = step.captcha!;
    const saved = saveCaptcha(captcha);
    try {
      ask.block([labelOf(step, 'captcha', M.LABEL_CAPTCHA, s)]);
      const inline = inlineImage(captcha, protocol);
      if (inline) ask.raw(inline);
      ask.block([t('captchaFile', { url: pathToFileURL(saved.path).href })]);
      const choices: Array<Choice<CaptchaChoice>> = [{ value: 'code', label: t('enterCode') }];
      if (open) choices.push({ value: 'open', label: t('openImage') });
      if (step.newCaptcha)
        choices.push({ value: 'new', label: labelOf(step, 'new_challenge', M.LABEL_NEW_CHALLENGE, s) });
      const answerLabel = labelOf(step, 'captcha_answer', M.LABEL_CAPTCHA_ANSWER, s);
      let choice: CaptchaChoice;
      do {
        choice = choices.length === 1 ? 'code' : await ask.select(answerLabel, choices);
        if (choice === 'open') open!(saved.path);
        if (choice === 'code') {
          // An empty answer goes back to the choices (e.g. to open the image or get another).
          const answer = (
            await ask.text(
              answerLabel,
              choices.length === 1 ? { validate: notEmpty(s) } : { placeholder: t('captchaPlaceholder') },
            )
          ).trim();
          if (answer) return { step, answer };
        }
      } while (choice !== 'new');
      const next = await ask.spin(s.waiting, step.newCaptcha!());
      if (next.kind !== 'credentials' || !next.captcha) return { next };
      step = next;
    } finally {
      saved.remove();
    }
  }
}
