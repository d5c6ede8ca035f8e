// Completing a flow as one unit of work, and handing a finished flow's result out again when the answer was lost.
// Steps: check the definition still allows finishing (its limits are read under the locks the check takes) → claim
// the flow with its versioned write → produce what it reports → store the result sealed → commit all of it at once.
import type { FlowResult, StepName } from '@tessera/protocol';
import { refuse, type Refusal } from '../errors/index.js';
import type { FlowRecord, FlowStore } from './flow-store.js';
import type { FlowState } from './flow-state.js';
import type { FinishContext, StepContext } from './step.js';
import { definitionOf } from './definitions.js';

/** Finished with a result; refused (the flow stays at its step); or lost to a racing request that moved the flow. */
export type Completion =
  { kind: 'done'; result: FlowResult } | { kind: 'refused'; refusal: Refusal } | { kind: 'moved' };

/** Thrown inside the unit of work only, because a throw is what rolls it back; `complete` answers it as a value. */
class Superseded extends Error {}

/**
 * Finishes `ctx.flow` after its step `last` (null when it completes as it starts) inside one transaction: the flow
 * reads back as done only together with the device, seat, connection or session it reports, and a rejection or a
 * crash leaves none of them. A racing submission of the same flow loses at the versioned write and rolls back whole.
 */
export async function complete(ctx: StepContext, store: FlowStore, last: StepName | null): Promise<Completion> {
  const { deps, flow } = ctx;
  const definition = definitionOf(flow);
  // Every kind finishes with the account it proved; one deleted meanwhile can only sign in again.
  const owner = await ctx.account();
  if (!owner) return { kind: 'refused', refusal: refuse('UNAUTHENTICATED') };
  // An operator disabled it while the flow ran (or the flow proved it by a device credential or a session).
  if (owner.disabledAt !== null) return { kind: 'refused', refusal: refuse('ACCOUNT_DISABLED') };
  const finishing: FinishContext = { ...ctx, owner };
  try {
    return await deps.runtime.unitOfWork.run(async (): Promise<Completion> => {
      const allowed = (await definition.canFinish?.(finishing)) ?? { ok: true };
      if (!allowed.ok) return { kind: 'refused', refusal: allowed };
      flow.step = 'done';
      flow.completedAt = ctx.now;
      if (last) flow.state.finishedStep = last;
      await write(store, flow, last === null);
      const { result } = await definition.finish(finishing);
      const retention = deps.settings.resultRetentionMs;
      if (definition.redeliverable?.(flow.state) && retention > 0) {
        const sealed = deps.runtime.secrets.seal(JSON.stringify(result));
        flow.storedResult = { sealed, expiresAt: ctx.now + retention };
      }
      // The second write keeps what finishing added (the result, a seat-race notice) with the flow.
      await write(store, flow, false);
      return { kind: 'done', result };
    });
  } catch (error) {
    if (error instanceof Superseded) return { kind: 'moved' };
    throw error;
  }
}

async function write(store: FlowStore, flow: FlowRecord<FlowState>, create: boolean): Promise<void> {
  if (create) {
    await store.create(flow);
    return;
  }
  // One versioned write: of two racing submissions only one is taken, so codes stay single use.
  if (!(await store.update(flow))) throw new Superseded();
  flow.version += 1;
}

/**
 * The stored result of a finished flow while it is kept; whoever holds the flow's id owns it (ids are unguessable
 * bearer secrets, the same proof that lets a client submit its steps).
 */
export function storedResult(ctx: StepContext): FlowResult | undefined {
  const stored = ctx.flow.storedResult;
  if (ctx.flow.completedAt === null || !stored || stored.expiresAt <= ctx.now) return undefined;
  return JSON.parse(ctx.deps.runtime.secrets.open(stored.sealed)) as FlowResult;
}
