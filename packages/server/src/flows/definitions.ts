// Each flow kind as a visible list of steps, and what finishing it produces.
import { M, type FlowKind, type MessageId } from '@tessera/protocol';
import type { Outcome } from '../errors/index.js';
import type { FlowRecord } from './flow-store.js';
import type { FlowState, FlowStateBase, FlowStates } from './flow-state.js';
import { label } from './render.js';
import type { AnyStep, FinishContext, FinishOutcome, TerminalStep } from './step.js';
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
import { approveDeviceStep } from './steps/approve-device.js';
import { finishWithSession } from './finish.js';
import { canFinishConnect, finishConnectOrGrant } from './finish-device-grant.js';

export interface FlowDefinition<S extends FlowStateBase> {
  steps: AnyStep<S>[];
  done: TerminalStep;
  /**
   * Refuses to finish (the flow stays at its last step) when finishing would break a limit. It runs in the same
   * transaction as `finish`, so the locks it takes hold the limit until the flow's writes commit.
   */
  canFinish?: (ctx: FinishContext<S>) => Promise<Outcome>;
  /** Runs inside the transaction that marks the flow done: only store writes and quick work, no slow awaits. */
  finish: (ctx: FinishContext<S>) => Promise<FinishOutcome>;
  /** The result may be fetched again (GET, or the last step resubmitted) for `resultRetentionMs`: an app's lost credential. */
  redeliverable?: (state: S) => boolean;
}

const doneStep = (message: MessageId): TerminalStep => ({
  name: 'done',
  applies: () => true,
  nodes: (ctx) => [{ name: 'done', type: 'paragraph', label: label(message, ctx.locale) }],
});

export const FLOW_DEFINITIONS: { [K in FlowKind]: FlowDefinition<FlowStates[K]> } = {
  sign_in: {
    steps: [credentialsStep, secondFactorStep],
    done: doneStep(M.INFO_DONE_SIGNED_IN),
    finish: (ctx) => finishWithSession(ctx, 'sign_in.succeeded'),
  },
  sign_up: {
    steps: [detailsStep, verifyEmailStep],
    done: doneStep(M.INFO_DONE_SIGNED_UP),
    finish: (ctx) => finishWithSession(ctx, 'sign_up.completed'),
  },
  recovery: {
    steps: [identifyStep, verifyCodeStep, secondFactorStep, newPasswordStep],
    done: doneStep(M.INFO_DONE_RECOVERED),
    finish: (ctx) => finishWithSession(ctx, 'sign_in.succeeded'),
  },
  connect: {
    steps: [
      confirmAccountStep,
      credentialsStep,
      secondFactorStep,
      consentStep,
      selectSubscriptionStep,
      approveDeviceStep,
    ],
    done: doneStep(M.INFO_DONE_CONNECTED),
    canFinish: canFinishConnect,
    finish: finishConnectOrGrant,
    // A connect a device asked for hands its result to that device's poll, never to the browser that approved it.
    redeliverable: (state) => state.deviceGrant === undefined,
  },
};

/**
 * The definition a stored flow runs by. A flow's kind and its state's shape are written together when it is created,
 * so the kind read back names its state's type; TypeScript cannot follow that through a value read at run time, so
 * this is the one place that says so.
 */
export function definitionOf(flow: FlowRecord<FlowState>): FlowDefinition<FlowState> {
  return FLOW_DEFINITIONS[flow.kind] as unknown as FlowDefinition<FlowState>;
}
