// Each flow kind as a visible list of steps, and what finishing it produces.
import { M, type FlowKind, type FlowResult, type MessageId } from '@tessera/protocol';
import { label } from './render.js';
import type { Step, StepContext, StepOutcome, TerminalStep } from './step.js';
import { credentialsStep } from './steps/credentials.js';
import { secondFactorStep } from './steps/second-factor.js';
import { detailsStep } from './steps/details.js';
import { verifyEmailStep } from './steps/verify-email.js';
import { identifyStep } from './steps/identify.js';
import { verifyCodeStep } from './steps/verify-code.js';
import { newPasswordStep } from './steps/new-password.js';
import { consentStep } from './steps/consent.js';
import { confirmAccountStep } from './steps/confirm-account.js';
import { selectSubscriptionStep } from './steps/select-subscription.js';
import { canConnectDevice, finishConnect, finishWithSession } from './finish.js';

export interface FinishOutcome {
  /** Returned in the response that completes the flow; stored (sealed, briefly) only for a redeliverable kind. */
  result: FlowResult;
}

export interface FlowDefinition {
  steps: Step[];
  done: TerminalStep;
  /**
   * Refuses to finish (the flow stays at its last step) when finishing would break a limit. It runs in the same
   * transaction as `finish`, so the locks it takes hold the limit until the flow's writes commit.
   */
  canFinish?(ctx: StepContext): Promise<StepOutcome>;
  /** Runs inside the transaction that marks the flow done: only store writes and quick work, no slow awaits. */
  finish(ctx: StepContext): Promise<FinishOutcome>;
  /** The result may be fetched again (GET, or the last step resubmitted) for `resultRetentionMs`: an app's lost credential. */
  redeliverable?: boolean;
}

const doneStep = (message: MessageId): TerminalStep => ({
  name: 'done',
  applies: () => true,
  nodes: (ctx) => [{ name: 'done', type: 'paragraph', label: label(message, ctx.locale) }],
});

export const FLOW_DEFINITIONS: Record<FlowKind, FlowDefinition> = {
  sign_in: {
    steps: [credentialsStep, secondFactorStep] as Step[],
    done: doneStep(M.INFO_DONE_SIGNED_IN),
    finish: (ctx) => finishWithSession(ctx, 'sign_in.succeeded'),
  },
  sign_up: {
    steps: [detailsStep, verifyEmailStep] as Step[],
    done: doneStep(M.INFO_DONE_SIGNED_UP),
    finish: (ctx) => finishWithSession(ctx, 'sign_up.completed'),
  },
  recovery: {
    steps: [identifyStep, verifyCodeStep, secondFactorStep, newPasswordStep] as Step[],
    done: doneStep(M.INFO_DONE_RECOVERED),
    finish: (ctx) => finishWithSession(ctx, 'sign_in.succeeded'),
  },
  connect: {
    steps: [confirmAccountStep, credentialsStep, secondFactorStep, consentStep, selectSubscriptionStep] as Step[],
    done: doneStep(M.INFO_DONE_CONNECTED),
    canFinish: canConnectDevice,
    finish: finishConnect,
    redeliverable: true,
  },
};
