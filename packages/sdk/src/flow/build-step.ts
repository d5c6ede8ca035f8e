// Maps the step the server returned to the step object the app renders; the order is always the server's.
import type { FlowView } from '@tessera/protocol';
import { TesseraError, type Step } from '../api.js';
import { confirmAccountStep, credentialsStep, secondFactorStep } from './connect-steps.js';
import { consentStep, selectSubscriptionStep } from './licensing-steps.js';
import { detailsStep, verifyEmailStep } from './sign-up-steps.js';
import type { StepContext } from './step-parts.js';

/** Adds what happens when a flow finishes: storing a connection, or going on from sign-up into connect. */
export interface BuildContext extends StepContext {
  finish(view: FlowView): Promise<Step>;
}

type Builder = (view: FlowView, ctx: BuildContext) => Step | Promise<Step>;

const BUILDERS: Partial<Record<string, Builder>> = {
  credentials: credentialsStep,
  second_factor: secondFactorStep,
  confirm_account: confirmAccountStep,
  consent: consentStep,
  select_subscription: selectSubscriptionStep,
  details: detailsStep,
  verify_email: verifyEmailStep,
  done: (view, ctx) => ctx.finish(view),
};

/** The step object for `view`; a step the SDK does not know is a PROTOCOL error, never guessed at. */
export async function buildStep(view: FlowView, ctx: BuildContext): Promise<Step> {
  // Own properties only: a step named "constructor" or "toString" is as unknown as any other.
  const builder = Object.hasOwn(BUILDERS, view.step) ? BUILDERS[view.step] : undefined;
  if (!builder) {
    throw new TesseraError(
      'PROTOCOL',
      `The server asked for a step this SDK does not know ("${String(view.step)}" in a ${view.flow.kind} flow); update the SDK.`,
    );
  }
  return builder(view, ctx);
}
