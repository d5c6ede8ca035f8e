// Activation-code batches (mint with the codes returned once, list with redeemed counts, revoke) and creating plans.
import { Type } from '@sinclair/typebox';
import type { App, WebServices } from '../../web/index.js';
import { AppError } from '../../errors/index.js';
import type { BatchSummary } from '../../licensing/index.js';
import { IdParam, operation } from '../describe.js';
import { decodeCursor, encodeCursor, NextCursor, PageQuery } from '../paging.js';

/** Over HTTP a batch is bounded so one answer stays small; the CLI mints larger ones in chunks. */
export const MAX_HTTP_BATCH = 10_000;

const PlanId = Type.String({ minLength: 1, maxLength: 40, pattern: '^[a-z0-9][a-z0-9_-]*$' });
const Time = Type.String({ format: 'date-time' });

const PlanBody = Type.Object(
  {
    id: PlanId,
    name: Type.String({ minLength: 1, maxLength: 80 }),
    deviceLimit: Type.Integer({ minimum: 1, maximum: 1_000_000 }),
    memberLimit: Type.Integer({ minimum: 1, maximum: 10_001 }),
    termDays: Type.Integer({ minimum: 0, maximum: 36_500 }),
    features: Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { maxItems: 50 }),
  },
  { additionalProperties: false },
);

const BatchView = Type.Object({
  id: Type.String(),
  planId: Type.String(),
  termDays: Type.Integer(),
  count: Type.Integer(),
  note: Type.Union([Type.String(), Type.Null()]),
  createdAt: Time,
  revokedAt: Type.Union([Time, Type.Null()]),
  redeemed: Type.Integer(),
});

const batchView = (b: BatchSummary) => ({
  ...b,
  createdAt: new Date(b.createdAt).toISOString(),
  revokedAt: b.revokedAt === null ? null : new Date(b.revokedAt).toISOString(),
});

export function codeRoutes(app: App, s: WebServices): void {
  const operator = s.licensing.operator;

  app.post(
    '/admin/v1/plans',
    operation(s, 'plans:write', 'adminCreatePlan', 'Create a plan', {
      body: PlanBody,
      response: { 201: Type.Object({ plan: PlanBody }) },
    }),
    async (request, reply) => {
      const r = await operator.createPlan(request.body);
      if (!r.ok) throw new AppError('OPERATION_REFUSED', { problem: r.problem });
      reply.code(201);
      return { plan: r.plan };
    },
  );

  app.post(
    '/admin/v1/code-batches',
    operation(s, 'codes:write', 'adminMintCodes', 'Mint a batch of activation codes (returned once, here)', {
      body: Type.Object(
        {
          planId: PlanId,
          count: Type.Integer({ minimum: 1, maximum: MAX_HTTP_BATCH }),
          termDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 36_500 })),
          note: Type.Optional(Type.String({ maxLength: 500 })),
        },
        { additionalProperties: false },
      ),
      response: { 201: Type.Object({ batch: BatchView, codes: Type.Array(Type.String()) }) },
    }),
    async (request, reply) => {
      const { planId, count, termDays, note } = request.body;
      if (!(await operator.listPlans()).some((p) => p.id === planId)) throw new AppError('PLAN_NOT_FOUND');
      const r = await operator.mint({
        planId,
        count,
        ...(termDays !== undefined ? { termDays } : {}),
        ...(note !== undefined ? { note } : {}),
      });
      if (!r.ok) throw new AppError('OPERATION_REFUSED', { problem: r.problem });
      reply.code(201);
      return { batch: batchView({ ...r.batch, redeemed: 0 }), codes: r.codes };
    },
  );

  app.get(
    '/admin/v1/code-batches',
    operation(s, 'codes:read', 'adminListCodeBatches', 'Batches, newest first, with redeemed counts', {
      querystring: Type.Object({ ...PageQuery, planId: Type.Optional(PlanId) }, { additionalProperties: false }),
      response: { 200: Type.Object({ items: Type.Array(BatchView), next_cursor: NextCursor }) },
    }),
    async (request) => {
      const { limit = 50, cursor, planId } = request.query;
      const after = decodeCursor(cursor);
      // Batches are few (each holds up to a million codes): the store lists them whole, and a page is cut here.
      let all = await operator.listBatches();
      if (planId !== undefined) all = all.filter((b) => b.planId === planId);
      const at = after === undefined ? -1 : all.findIndex((b) => b.id === after);
      if (after !== undefined && at < 0)
        throw new AppError('VALIDATION_FAILED', { fields: ['/cursor'], in: 'querystring' });
      const start = at + 1;
      const items = all.slice(start, start + limit);
      const more = start + limit < all.length && items.length > 0;
      return {
        items: items.map(batchView),
        next_cursor: more ? encodeCursor(items[items.length - 1]!.id) : null,
      };
    },
  );

  app.get(
    '/admin/v1/code-batches/:batchId',
    operation(s, 'codes:read', 'adminGetCodeBatch', 'One batch with its redeemed count', {
      params: IdParam('batchId'),
      response: { 200: Type.Object({ batch: BatchView }) },
    }),
    async (request) => {
      const found = (await operator.listBatches()).find((b) => b.id === request.params.batchId);
      if (!found) throw new AppError('NOT_FOUND');
      return { batch: batchView(found) };
    },
  );

  app.post(
    '/admin/v1/code-batches/:batchId/revoke',
    operation(s, 'codes:write', 'adminRevokeCodeBatch', "Stop the batch's unredeemed codes", {
      params: IdParam('batchId'),
      response: { 200: Type.Object({ redeemed: Type.Integer() }) },
    }),
    async (request) => {
      const r = await operator.revokeBatch(request.params.batchId);
      if (!r.ok) throw new AppError('NOT_FOUND');
      return { redeemed: r.redeemed };
    },
  );
}
