// /v1/flows: start a flow, read its current step, submit the step.
import { requestInfo, requestLimit, setSessionCookie } from '../../web/index.js';
import type { App, WebServices } from '../../web/index.js';
import { Type } from '@sinclair/typebox';
import { CreateFlowBody, ERROR_CATALOG, ErrorBody, FlowView, SubmitFlowBody } from '@tessera/protocol';
import type { FastifyReply } from 'fastify';
import type { FlowOutcome } from '../../flows/index.js';
import { AppError, retryAfterOf, type Refusal } from '../../errors/index.js';
import { bearerToken } from '../auth.js';

// Ids are `flw_` + base64url: the pattern keeps NUL and other bytes PostgreSQL refuses (a 500) away from the store.
const FlowParams = Type.Object(
  { flowId: Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' }) },
  { additionalProperties: false },
);
const FlowOrError = Type.Union([FlowView, ErrorBody]);

const failure = (refusal: Refusal) => new AppError(refusal.code, refusal.context, retryAfterOf(refusal));

/** A flow gone or moved on answers as an error; a step answers the flow, with the status of its refusal if refused. */
function send(reply: FastifyReply, outcome: FlowOutcome, status = 200) {
  if (outcome.kind !== 'step') throw failure(outcome.refusal);
  const { view, refusal } = outcome;
  const wait = refusal && retryAfterOf(refusal);
  if (wait !== undefined) reply.header('retry-after', String(wait));
  const session = view.result?.session;
  // Browsers get the session as a cookie scripts cannot read; API clients use the token in the body.
  if (session) setSessionCookie(reply, session);
  return reply.code(refusal ? ERROR_CATALOG[refusal.code].status : status).send(view);
}

export function flowRoutes(app: App, s: WebServices): void {
  const limited = requestLimit({ tallies: s.tallies, perMinute: s.config.requestsPerMinute });

  app.post(
    '/v1/flows',
    {
      schema: {
        tags: ['flows'],
        summary: 'Start a flow (sign_in, sign_up, recovery, connect)',
        body: CreateFlowBody,
        response: { 201: FlowView, '4xx': ErrorBody },
        // A session token is optional: with one, `connect` skips the password (an app that just signed someone up).
        security: [{}, { bearer: [] }],
      },
      preHandler: limited,
    },
    async (request, reply) => {
      // An app that just signed someone up connects with that session rather than asking for the password again.
      const bearer = bearerToken(request);
      let start = {};
      if (request.body.kind === 'connect' && bearer?.startsWith('tss_')) {
        const session = await s.sessions.authenticate(bearer);
        if (!session) throw new AppError('UNAUTHENTICATED');
        start = { sessionAccountId: session.accountId };
      }
      const created = await s.flows.create(request.body, requestInfo(request), start);
      if (!created.ok) throw failure(created);
      return send(reply, { kind: 'step', view: created.view }, 201);
    },
  );

  app.get(
    '/v1/flows/:flowId',
    {
      schema: {
        tags: ['flows'],
        summary: "A flow's current step",
        description:
          "A connect finished within `flowResultRetentionSeconds` comes back with its `result` (credential included): the flow id is its owner's proof.",
        params: FlowParams,
        response: { 200: FlowView, '4xx': ErrorBody },
      },
    },
    async (request, reply) => send(reply, await s.flows.get(request.params.flowId, requestInfo(request))),
  );

  app.post(
    '/v1/flows/:flowId',
    {
      schema: {
        tags: ['flows'],
        summary: 'Submit the current step',
        description: 'A rejected submission returns the flow with `error` set and the status of its code.',
        params: FlowParams,
        body: SubmitFlowBody,
        response: { 200: FlowView, '4xx': FlowOrError },
      },
      preHandler: limited,
    },
    async (request, reply) =>
      send(reply, await s.flows.submit(request.params.flowId, request.body, requestInfo(request))),
  );
}
