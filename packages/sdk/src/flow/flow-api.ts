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
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.flow?.id === 'string' &&
    typeof v.flow.kind === 'string' &&
    typeof v.step === 'string' &&
    Array.isArray(v.ui?.nodes) &&
    Array.isArray(v.ui.messages)
  );
}

/** The flow is gone either way (expired, or purged after expiring): the app can only start again. */
const GONE = new Set(['FLOW_EXPIRED', 'FLOW_NOT_FOUND']);

function viewOf(reply: HttpReply, what: string): FlowView {
  if (isFlowView(reply.body)) return reply.body;
  const failure = serverFailure(reply, what);
  if (GONE.has(failure.code)) {
    throw new TesseraError(
      'FLOW_EXPIRED',
      'This connection attempt expired. Start again.',
      failure.details ? { details: failure.details } : {},
    );
  }
  throw failure;
}

/** Reads after a lost answer: the server keeps a finished connect's result (credential included) for a short while. */
const RECOVERY_TRIES = 3;

/** The flow endpoints over `http`; gone flows become FLOW_EXPIRED, other server errors keep their code. */
export function createFlowApi(http: Http): FlowApi {
  /**
   * The answer to a submission was lost (timeout, dropped connection): the submission may have finished the flow on
   * the server, which then holds a device and maybe a seat for this app. Ask for the flow: a finished one comes back
   * with its result, so the credential is not lost; otherwise the submission is reported as it failed.
   */
  async function recover(path: string, lost: TesseraError): Promise<FlowView> {
    for (let attempt = 0; attempt < RECOVERY_TRIES; attempt++) {
      try {
        const view = viewOf(await http.send('GET', path), 'Reading the flow');
        if (view.step === 'done' && view.result) return view;
        throw lost;
      } catch (error) {
        if (error !== lost && error instanceof TesseraError && error.code === 'UNREACHABLE') continue;
        throw error === lost ? lost : error;
      }
    }
    throw lost;
  }

  return {
    async start(body, bearer) {
      return viewOf(await http.send('POST', '/v1/flows', body, bearer), 'Starting a flow');
    },
    async submit(flowId, body) {
      const path = `/v1/flows/${encodeURIComponent(flowId)}`;
      try {
        return viewOf(await http.send('POST', path, body), `Submitting step ${body.step}`);
      } catch (error) {
        if (!(error instanceof TesseraError) || error.code !== 'UNREACHABLE') throw error;
        return recover(path, error);
      }
    },
  };
}
