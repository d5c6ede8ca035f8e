// Completing a flow as one unit of work, and handing a finished flow's result out again when the answer was lost.
// Steps: check the definition still allows finishing (its limits are read under the locks the check takes) → claim
// the flow with its versioned write → produce what it reports → store the result sealed → commit all of it at once.
import type { FlowResult, StepName } from '@tessera/protocol';
import { AppError } from '../errors/index.js';
import type { FlowRecord } from './flow-store.js';
import type { FlowState } from './flow-state.js';
import type { StepContext, StepOutcome } from './step.js';
import { FLOW_DEFINITIONS } from './definitions.js';

export type Completion = { kind: 'done'; result: FlowResult } | Extract<StepOutcome, { kind: 'reject' }>;

/**
 * Finishes `ctx.flow` after its step `last` (null when it completes as it starts) inside one transaction: the flow
 * reads back as done only together with the device, seat, connection or session it reports, and a rejection or a
 * crash leaves none of them. A racing submission of the same flow loses at the versioned write and rolls back whole.
 */
export async function complete(ctx: StepContext, last: StepName | null): Promise<Completion> {
  const { deps, flow } = ctx;
  const definition = FLOW_DEFINITIONS[flow.kind];
  return deps.unitOfWork.run(async () => {
    const allowed = (await definition.canFinish?.(ctx)) ?? { kind: 'advance' as const };
    if (allowed.kind === 'reject') return allowed;
    flow.step = 'done';
    flow.completedAt = ctx.now;
    if (last) flow.state.finishedStep = last;
    await write(ctx.deps, flow, last === null);
    const { result } = await definition.finish(ctx);
    const retention = deps.settings.resultRetentionMs;
    if (definition.redeliverable && retention > 0) {
      flow.storedResult = { sealed: deps.secrets.seal(JSON.stringify(result)), expiresAt: ctx.now + retention };
    }
    // The second write keeps what finishing added (the result, a seat-race notice) with the flow.
    await write(ctx.deps, flow, false);
    return { kind: 'done', result };
  });
}

async function write(deps: StepContext['deps'], flow: FlowRecord<FlowState>, create: boolean): Promise<void> {
  if (create) {
    await deps.flows.create(flow);
    return;
  }
  // One versioned write: of two racing submissions only one is taken, so codes stay single use.
  if (!(await deps.flows.update(flow))) throw new AppError('FLOW_CONFLICT');
  flow.version += 1;
}

/**
 * The stored result of a finished flow while it is kept; whoever holds the flow's id owns it (ids are unguessable
 * bearer secrets, the same proof that lets a client submit its steps).
 */
export function storedResult(ctx: StepContext): FlowResult | undefined {
  const stored = ctx.flow.storedResult;
  if (ctx.flow.completedAt === null || !stored || stored.expiresAt <= ctx.now) return undefined;
  return JSON.parse(ctx.deps.secrets.open(stored.sealed)) as FlowResult;
}
