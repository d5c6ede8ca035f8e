// Regional data statements (publish, list) and license signing keys (list the published ones, rotate).
import { Type } from '@sinclair/typebox';
import type { App, WebServices } from '../../web/index.js';
import { AppError } from '../../errors/index.js';
import type { DataStatement } from '../../consent/index.js';
import { operation } from '../describe.js';

const Region = Type.String({ pattern: '^[A-Z]{2}$' });
const StatementView = Type.Object({
  region: Type.String(),
  locale: Type.String(),
  version: Type.Integer(),
  title: Type.String(),
  body: Type.String(),
  publishedAt: Type.String({ format: 'date-time' }),
});
const statementView = (d: DataStatement) => ({ ...d, publishedAt: new Date(d.publishedAt).toISOString() });

export function statementKeyRoutes(app: App, s: WebServices): void {
  app.get(
    '/admin/v1/statements',
    operation(s, 'statements:read', 'adminListStatements', 'Published data statements, every version, per region', {
      querystring: Type.Object({ region: Type.Optional(Region) }, { additionalProperties: false }),
      response: { 200: Type.Object({ items: Type.Array(StatementView) }) },
    }),
    async (request) => ({ items: (await s.consent.statements(request.query.region)).map(statementView) }),
  );

  app.post(
    '/admin/v1/statements',
    operation(
      s,
      'statements:write',
      'adminPublishStatement',
      'Publish a statement (a new version asks everyone again)',
      {
        body: Type.Object(
          {
            region: Region,
            locale: Type.Union([Type.Literal('en'), Type.Literal('vi')]),
            title: Type.String({ minLength: 1, maxLength: 200 }),
            body: Type.String({ minLength: 1, maxLength: 100_000 }),
            version: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000 })),
          },
          { additionalProperties: false },
        ),
        response: { 201: Type.Object({ statement: StatementView }) },
      },
    ),
    async (request, reply) => {
      const r = await s.consent.publish(request.body);
      if (!r.ok) throw new AppError(r.code);
      reply.code(201);
      return { statement: statementView(r.statement) };
    },
  );

  app.get(
    '/admin/v1/signing-keys',
    operation(s, 'keys:read', 'adminListSigningKeys', 'The license verification keys published now (JWKS)', {
      response: {
        200: Type.Object({ keys: Type.Array(Type.Object({ kid: Type.String() }, { additionalProperties: true })) }),
      },
    }),
    async () => ({ keys: (await s.signingKeys.jwks()).keys.map((k) => ({ ...k, kid: k.kid ?? '' })) }),
  );

  app.post(
    '/admin/v1/signing-keys/rotate',
    operation(s, 'keys:write', 'adminRotateSigningKey', 'Start signing with a new key (the old one stays published)', {
      response: { 200: Type.Object({ kid: Type.String() }) },
    }),
    async () => ({ kid: await s.signingKeys.rotate() }),
  );
}
