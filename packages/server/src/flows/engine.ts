// The flow engine: creates flows, renders their current step, and runs submissions through the step list.
import {
  ERROR_CATALOG,
  type CreateFlowBody,
  type FlowResult,
  type FlowView,
  type Locale,
  type StepName,
  type SubmitFlowBody,
} from '@tessera/protocol';
import { newId } from '../common/index.js';
import { maskEmail } from '../identity/index.js';
import { AppError } from '../errors/index.js';
import type { FlowRecord } from './flow-store.js';
import type { Account } from '../identity/index.js';
import type { FlowState } from './flow-state.js';
import type { FlowDeps } from './flow-deps.js';
import type { RequestInfo, Step, StepContext, StepOutcome } from './step.js';
import { FLOW_DEFINITIONS } from './definitions.js';
import { renderFlow } from './render.js';
import { complete, storedResult } from './completion.js';

export type { RequestInfo } from './step.js';
export type { FlowDeps } from './flow-deps.js';

/** The account and device behind another app's credential, if it is live; an unusable one starts the normal journey. */
async function findAccountOnDevice(deps: FlowDeps, credential: string) {
  const connection = await deps.devices.findByCredential(credential);
  if (!connection) return undefined;
  const [device, account] = await Promise.all([
    deps.deviceStore.findDevice(connection.deviceId),
    deps.accounts.get(connection.accountId),
  ]);
  if (!device || device.disconnectedAt !== null || !account) return undefined;
  return { accountId: account.id, deviceId: device.id, emailMasked: maskEmail(account.email) };
}

export interface FlowResponse {
  status: number;
  view: FlowView;
  retryAfterSeconds?: number;
}

/** Who is already known when a flow starts: a live session (e.g. right after sign-up). */
export interface StartContext {
  sessionAccountId?: string;
}

export interface FlowEngine {
  create(body: CreateFlowBody, request: RequestInfo, start?: StartContext): Promise<FlowResponse>;
  get(flowId: string, request: RequestInfo): Promise<FlowResponse>;
  submit(flowId: string, body: SubmitFlowBody, request: RequestInfo): Promise<FlowResponse>;
}

export function createFlowEngine(deps: FlowDeps): FlowEngine {
  const context = (flow: FlowRecord<FlowState>, request: RequestInfo): StepContext => {
    let cached: { id: string; account: Promise<Account | undefined> } | undefined;
    return {
      flow,
      state: flow.state,
      now: deps.clock.now(),
      request,
      locale: flow.state.locale,
      deps,
      account() {
        const id = flow.state.accountId;
        if (!id) return Promise.resolve(undefined);
        if (cached?.id !== id) cached = { id, account: deps.accounts.get(id) };
        return cached.account;
      },
    };
  };

  const stepsOf = (flow: FlowRecord<FlowState>): Step[] => FLOW_DEFINITIONS[flow.kind].steps;
  const stepNamed = (flow: FlowRecord<FlowState>, name: StepName): Step | undefined =>
    stepsOf(flow).find((s) => s.name === name);

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

  async function load(flowId: string): Promise<FlowRecord<FlowState>> {
    const flow = flowId.startsWith('flw_') && flowId.length <= 64 ? await deps.flows.get(flowId) : undefined;
    if (!flow) throw new AppError('FLOW_NOT_FOUND');
    if (flow.expiresAt <= deps.clock.now()) throw new AppError('FLOW_EXPIRED');
    return flow as FlowRecord<FlowState>;
  }

  async function view(
    ctx: StepContext,
    extra: { result?: FlowResult; outcome?: StepOutcome } = {},
  ): Promise<FlowResponse> {
    const step = ctx.flow.step === 'done' ? FLOW_DEFINITIONS[ctx.flow.kind].done : stepNamed(ctx.flow, ctx.flow.step);
    const nodes = step ? await step.nodes(ctx) : [];
    const rejected = extra.outcome?.kind === 'reject' ? extra.outcome : undefined;
    return {
      status: rejected ? ERROR_CATALOG[rejected.code].status : 200,
      view: renderFlow(ctx.flow, nodes, ctx.locale, { rejected, result: extra.result }),
      ...(rejected?.retryAfterSeconds !== undefined ? { retryAfterSeconds: rejected.retryAfterSeconds } : {}),
    };
  }

  return {
    async create(body, request, start = {}) {
      const now = deps.clock.now();
      const locale: Locale = body.locale ?? 'en';
      const state: FlowState = {
        locale,
        origin: request,
        notices: [],
        ...(body.kind === 'connect'
          ? {
              connect: {
                appId: body.appId,
                device: body.device,
                ...(body.previousDeviceId ? { previousDeviceId: body.previousDeviceId } : {}),
              },
            }
          : {}),
      };
      if (body.kind === 'connect') {
        if (start.sessionAccountId) {
          state.accountId = start.sessionAccountId;
          state.authenticatedBy = 'session';
        } else if (body.deviceCredential) {
          const found = await findAccountOnDevice(deps, body.deviceCredential);
          if (found) state.found = { ...found, declined: false };
        }
      }
      const flow: FlowRecord<FlowState> = {
        id: newId('flw'),
        kind: body.kind,
        step: 'done',
        state,
        version: 0,
        createdAt: now,
        expiresAt: now + deps.settings.flowLifetimeMs,
        completedAt: null,
      };
      const ctx = context(flow, request);
      flow.step = await moveOn(ctx, null);
      if (flow.step !== 'done') {
        await deps.flows.create(flow);
        return { ...(await view(ctx)), status: 201 };
      }
      // Nothing to ask (a live session, nothing pending): the flow completes as it starts.
      const completion = await complete(ctx, null);
      if (completion.kind === 'reject') throw new AppError(completion.code, completion.context);
      return { ...(await view(ctx, { result: completion.result })), status: 201 };
    },

    async get(flowId, request) {
      const flow = await load(flowId);
      const ctx = context(flow, request);
      const result = storedResult(ctx);
      return view(ctx, result ? { result } : {});
    },

    async submit(flowId, body, request) {
      const flow = await load(flowId);
      if (flow.completedAt !== null) {
        // The answer that finished this flow may have been lost: sending the last step again gets it once more.
        const ctx = context(flow, request);
        const result = body.step === flow.state.finishedStep ? storedResult(ctx) : undefined;
        if (result) return view(ctx, { result });
        throw new AppError('FLOW_COMPLETED');
      }
      if (body.step !== flow.step) throw new AppError('FLOW_STEP_MISMATCH', { current: flow.step });
      const step = stepNamed(flow, flow.step);
      if (!step) throw new AppError('FLOW_STEP_MISMATCH', { current: flow.step });
      const ctx = context(flow, request);
      ctx.state.notices = ctx.state.notices.filter((n) => n.type !== 'error');
      const earlier = new Set(ctx.state.notices);
      let outcome = await step.submit(ctx, body as never);
      if (outcome.kind === 'advance') {
        // What the finished step said belongs to it; what this submission said ("code sent") belongs to the next.
        ctx.state.notices = ctx.state.notices.filter((n) => !earlier.has(n));
        const next = await moveOn(ctx, flow.step);
        if (next === 'done') {
          const completion = await complete(ctx, step.name);
          if (completion.kind === 'done') return view(ctx, { outcome, result: completion.result });
          outcome = completion;
        } else {
          flow.step = next;
        }
      }
      // One versioned write per request: of two racing submissions only one is taken, so codes stay single use.
      if (!(await deps.flows.update(flow))) throw new AppError('FLOW_CONFLICT');
      flow.version += 1;
      return view(ctx, { outcome });
    },
  };
}
