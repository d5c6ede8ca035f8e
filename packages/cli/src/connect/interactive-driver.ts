// The person at a terminal: each step rendered with @clack/prompts, messages and errors shown before the prompt.
import { M } from '@tessera/protocol';
import type { DoneStep, Step } from '@tessera/sdk';
import type { AppContext } from '../app-context.js';
import type { CommandContext } from '../command-context.js';
import { connectedLines, planNameOf } from '../status-view.js';
import {
  answerConfirmAccount,
  answerConsent,
  answerDetails,
  answerSelectSubscription,
  answerVerifyEmail,
} from './interactive-account.js';
import { answerCredentials, answerSecondFactor } from './interactive-sign-in.js';
import type { ConnectDriver, OpenStep } from './driver.js';
import { createPrompter } from './prompter.js';
import type { Session } from './session.js';

/** Messages a prompt shows as its own question, so they are not printed above it as well. */
const ASKED_BY_PROMPT = new Set<number>([M.INFO_SELECT_SUBSCRIPTION]);

/** Errors the server sent, as messages (once, even when it also lists them). */
function messagesOf(step: Step) {
  const messages = step.messages.filter((m) => !ASKED_BY_PROMPT.has(m.id));
  if (step.error && !messages.some((m) => m.text === step.error!.message)) {
    messages.unshift({ id: 0, type: 'error', text: step.error.message });
  }
  if (step.kind === 'second_factor' && step.helpText && !messages.some((m) => m.text === step.helpText)) {
    messages.push({ id: M.INFO_SMS_HELP, type: 'info', text: step.helpText });
  }
  return messages;
}

export function createInteractiveDriver(ctx: CommandContext, app: AppContext): ConnectDriver {
  const ask = createPrompter(ctx.io, ctx.t);
  const s: Session = {
    ask,
    t: ctx.t,
    options: ctx.options,
    env: ctx.io.env,
    waiting: ctx.t('contacting', { server: app.server }),
    memory: { askedForAccount: false, ...(ctx.options.email !== undefined ? { email: ctx.options.email } : {}) },
  };
  ask.intro(ctx.t('intro', { app: app.appId }));
  // After "Didn't receive the code?" the server repeats "we sent a code" with the help: shown once.
  let shown = new Set<string>();
  const showNew = (step: Step) => {
    const messages = messagesOf(step);
    const quiet = s.memory.quietRepeats === true;
    s.memory.quietRepeats = false;
    ask.show(messages.filter((m) => !quiet || m.type === 'error' || !shown.has(m.text)));
    shown = new Set(messages.map((m) => m.text));
  };
  return {
    wait: (work) => ask.spin(s.waiting, work),
    answer(step: OpenStep) {
      showNew(step);
      switch (step.kind) {
        case 'credentials':
          return answerCredentials(step, s);
        case 'second_factor':
          return answerSecondFactor(step, s);
        case 'confirm_account':
          return answerConfirmAccount(step, s);
        case 'consent':
          return answerConsent(step, s);
        case 'select_subscription':
          return answerSelectSubscription(step, s);
        case 'details':
          return answerDetails(step, s);
        case 'verify_email':
          return answerVerifyEmail(step, s);
      }
    },
    connected(step: DoneStep) {
      showNew(step);
      if (!step.messages.some((m) => m.type === 'success')) {
        ask.show([{ id: M.INFO_DONE_CONNECTED, type: 'success', text: ctx.t.id(M.INFO_DONE_CONNECTED) }]);
      }
      const [headline, ...details] = connectedLines(step.status, app.appId, ctx.t, planNameOf(step));
      ask.block(details);
      ask.outro(headline!);
    },
  };
}
