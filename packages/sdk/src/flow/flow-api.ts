// The flow endpoints: start a flow, submit a step; a refused submission is a view with `error`, not an exception.
import type { CreateFlowBody, FlowView, SubmitFlowBody } from '@tessera/protocol';
import { TesseraError } from '../api.js';
import { serverFailure, type Http, type HttpReply } from '../client/http.js';

/** Starts and submits flows; every answer is the step view the server decided on. */
export interface FlowApi {
  start(body: CreateFlowBody, bearer?: string): Promise<FlowView>;
  submit(flowId: string, body: SubmitFlowBody): Promise<FlowView>;
}

/** Enough of a FlowView to build steps from; the rest is read defensively where used. */
function isFlowView(body: unknown): body is FlowView {
  const v = body as Partial<FlowView> | null;
  return typeof v === 'object' && v !== null && typeof v.flow?.id === 'string' && typeof v.flow.kind === 'string' &&
    typeof v.step === 'string' && Array.isArray(v.ui?.nodes) && Array.isArray(v.ui.messages);
}

/** The flow is gone either way (expired, or purged after expiring): the app can only start again. */
const GONE = new Set(['FLOW_EXPIRED', 'FLOW_NOT_FOUND']);

function viewOf(reply: HttpReply, what: string): FlowView {
  if (isFlowView(reply.body)) return reply.body;
  const failure = serverFailure(reply, what);
  if (GONE.has(failure.code)) {
    throw new TesseraError('FLOW_EXPIRED', 'This connection attempt expired. Start again.', failure.details ? { details: failure.details } : {});
  }
  throw failure;
}

/** The flow endpoints over `http`; gone flows become FLOW_EXPIRED, other server errors keep their code. */
export function createFlowApi(http: Http): FlowApi {
  return {
    async start(body, bearer) {
      return viewOf(await http.send('POST', '/v1/flows', body, bearer), 'Starting a flow');
    },
    async submit(flowId, body) {
      return viewOf(await http.send('POST', `/v1/flows/${encodeURIComponent(flowId)}`, body), `Submitting step ${body.step}`);
    },
  };
}
