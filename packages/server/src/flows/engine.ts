// The flow engine: creates flows, renders their current step, and runs submissions through the step list. It answers
// with values (a step, a gone flow, a flow moved on) and leaves status numbers to the surfaces.
import type { CreateFlowBody, FlowResult, FlowView, StepName, SubmitFlowBody } from '@tessera/protocol';
import { newId } from '../common/index.js';
import { refuse, type Outcome, type Refusal } from '../errors/index.js';
import type { Account } from '../identity/index.js';
import type { FlowRecord } from './flow-store.js';
import type { FlowState } from './flow-state.js';
import type { FlowEngineDeps } from './flow-deps.js';
import type { FlowGone, FlowMoved, FlowOutcome, FlowStep } from './flow-outcome.js';
import { lostRace, type AnyStep, type RequestInfo, type StepContext } from './step.js';
import { definitionOf } from './definitions.js';
import { renderFlow } from './render.js';
import { complete, storedResult } from './completion.js';
import { initialState, type StartContext } from './start.js';

export interface FlowEngine {
  /** The new flow at its first step, or (when it completes as it starts) finished; refused when it cannot finish. */
  create(body: CreateFlowBody, request: RequestInfo, start?: StartContext): Promise<Outcome<{ view: FlowView }>>;
  get(flowId: string, request: RequestInfo): Promise<FlowStep | FlowGone>;
  submit(flowId: string, body: SubmitFlowBody, request: RequestInfo): Promise<FlowOutcome>;
}

const moved = (code: FlowMoved['refusal']['code'], context?: Record<string, string>): FlowMoved => ({
  kind: 'moved',
  refusal: refuse(code, context),
});

export function createFlowEngine(deps: FlowEngineDeps): FlowEngine {
  const { store, runtime } = deps;
  const context = (flow: FlowRecord<FlowState>, request: RequestInfo): StepContext => {
    let cached: { id: string; account: Promise<Account | undefined> } | undefined;
    return {
      flow,
      state: flow.state,
      now: runtime.clock.now(),
      request,
      locale: flow.state.locale,
      deps,
      account() {
        const id = flow.state.accountId;
        if (!id) return Promise.resolve(undefined);
        if (cached?.id !== id) cached = { id, account: deps.identity.accounts.get(id) };
        return cached.account;
      },
    };
  };

  const stepsOf = (flow: FlowRecord<FlowState>): AnyStep<FlowState>[] => definitionOf(flow).steps;
  const stepNamed = (flow: FlowRecord<FlowState>, name: StepName) => stepsOf(flow).find((s) => s.name === name);

  /** Moves to the first step after `from` that applies, running its arrival; `done` when none is left. */
  async function moveOn(ctx: StepContext, from: StepName | null): Promise<StepName> {
    const steps = stepsOf(ctx.flow);
    const start = from === null ? 0 : steps.findIndex((s) => s.name === from) + 1;
    for (const step of steps.slice(start)) {
      if (await step.applies(ctx)) {
        await step.enter?.(ctx);
        return step.name;
      }
    }
    return 'done';
  }

  async function load(flowId: string): Promise<{ kind: 'live'; flow: FlowRecord<FlowState> } | FlowGone> {
    const flow = flowId.startsWith('flw_') && flowId.length <= 64 ? await store.get(flowId) : undefined;
    if (!flow) return { kind: 'gone', refusal: refuse('FLOW_NOT_FOUND') };
    if (flow.expiresAt <= runtime.clock.now()) return { kind: 'gone', refusal: refuse('FLOW_EXPIRED') };
    return { kind: 'live', flow: flow as FlowRecord<FlowState> };
  }

  async function show(ctx: StepContext, extra: { result?: FlowResult; refusal?: Refusal } = {}): Promise<FlowStep> {
    const { flow } = ctx;
    const step = flow.step === 'done' ? definitionOf(flow).done : stepNamed(flow, flow.step);
    const nodes = step ? await step.nodes(ctx) : [];
    const view = renderFlow(flow, nodes, ctx.locale, extra);
    return { kind: 'step', view, ...(extra.refusal ? { refusal: extra.refusal } : {}) };
  }

  return {
    async create(body, request, start = {}) {
      const now = runtime.clock.now();
      const flow: FlowRecord<FlowState> = {
        id: newId('flw'),
        kind: body.kind,
        step: 'done',
        state: await initialState(deps, body, request, start),
        version: 0,
        createdAt: now,
        expiresAt: now + deps.settings.flowLifetimeMs,
        completedAt: null,
      };
      const ctx = context(flow, request);
      flow.step = await moveOn(ctx, null);
      if (flow.step !== 'done') {
        await store.create(flow);
        return { ok: true, view: (await show(ctx)).view };
      }
      // Nothing to ask (a live session, nothing pending): the flow completes as it starts.
      const completion = await complete(ctx, store, null);
      if (completion.kind === 'refused') return completion.refusal;
      if (completion.kind === 'moved') return refuse('FLOW_CONFLICT');
      return { ok: true, view: (await show(ctx, { result: completion.result })).view };
    },

    async get(flowId, request) {
      const loaded = await load(flowId);
      if (loaded.kind === 'gone') return loaded;
      const ctx = context(loaded.flow, request);
      const result = storedResult(ctx);
      return show(ctx, result ? { result } : {});
    },

    async submit(flowId, body, request) {
      const loaded = await load(flowId);
      if (loaded.kind === 'gone') return loaded;
      const { flow } = loaded;
      if (flow.completedAt !== null) {
        // The answer that finished this flow may have been lost: sending the last step again gets it once more.
        const ctx = context(flow, request);
        const result = body.step === flow.state.finishedStep ? storedResult(ctx) : undefined;
        return result ? show(ctx, { result }) : moved('FLOW_COMPLETED');
      }
      const step = body.step === flow.step ? stepNamed(flow, flow.step) : undefined;
      if (!step) return moved('FLOW_STEP_MISMATCH', { current: flow.step });
      const ctx = context(flow, request);
      ctx.state.notices = ctx.state.notices.filter((n) => n.type !== 'error');
      const earlier = new Set(ctx.state.notices);
      const outcome = await step.submit(ctx, body as never);
      if (outcome === lostRace) return moved('FLOW_CONFLICT');
      let refusal = outcome.ok ? undefined : outcome;
      if (outcome.ok && outcome.next === 'advance') {
        // What the finished step said belongs to it; what this submission said ("code sent") belongs to the next.
        ctx.state.notices = ctx.state.notices.filter((n) => !earlier.has(n));
        const next = await moveOn(ctx, flow.step);
        if (next === 'done') {
          const completion = await complete(ctx, store, step.name);
          if (completion.kind === 'done') return show(ctx, { result: completion.result });
          if (completion.kind === 'moved') return moved('FLOW_CONFLICT');
          refusal = completion.refusal;
        } else {
          flow.step = next;
        }
      }
      // One versioned write per request: of two racing submissions only one is taken, so codes stay single use.
      if (!(await store.update(flow))) return moved('FLOW_CONFLICT');
      flow.version += 1;
      return show(ctx, refusal ? { refusal } : {});
    },
  };
}
