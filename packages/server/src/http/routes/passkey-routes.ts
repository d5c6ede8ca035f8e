// /v1/account/passkeys (register, list, rename, remove the signed-in account's passkeys) and /v1/passkeys/sign-in
// (passwordless sign-in with a discoverable passkey).
import { requestInfo, requestLimit } from '../../web/index.js';
import type { App, WebServices } from '../../web/index.js';
import { Type } from '@sinclair/typebox';
import {
  ErrorBody,
  OkView,
  PasskeyCeremonyView,
  PasskeyListView,
  PasskeySignInBody,
  PasskeySignInView,
  RegisterPasskeyBody,
  RenamePasskeyBody,
  PasskeyView,
} from '@tessera/protocol';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../errors/index.js';
import type { PasskeySummary } from '../../identity/index.js';
import { requireSession } from '../auth.js';
import { iso } from '../iso.js';
import { unwrap } from '../outcome.js';

const view = (p: PasskeySummary): PasskeyView => ({
  id: p.id,
  name: p.name,
  createdAt: iso(p.createdAt),
  lastUsedAt: p.lastUsedAt === null ? null : iso(p.lastUsedAt),
  backedUp: p.backedUp,
});

const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' }) });

export function passkeyRoutes(app: App, s: WebServices): void {
  const auth = requireSession(s.sessions);
  const limited = requestLimit({ tallies: s.tallies, perMinute: s.config.requestsPerMinute });
  const actor = async (request: FastifyRequest) => {
    const account = await s.accounts.get(request.session!.accountId);
    if (!account) throw new AppError('UNAUTHENTICATED');
    return { account, ...requestInfo(request), signedInAt: request.session!.createdAt };
  };
  // A registration challenge answers only in the session that asked for it.
  const sessionBinding = (request: FastifyRequest) => `session:${request.session!.id}`;
  const errors = { '4xx': ErrorBody };
  const tags = ['passkeys'];

  app.get(
    '/v1/account/passkeys',
    {
      schema: { tags, summary: "The account's passkeys", response: { 200: PasskeyListView, ...errors } },
      onRequest: auth,
    },
    async (request) => ({ passkeys: (await s.passkeys.list(request.session!.accountId)).map(view) }),
  );

  app.post(
    '/v1/account/passkeys/options',
    {
      schema: {
        tags,
        summary: 'Start registering a passkey: options for navigator.credentials.create()',
        response: { 200: PasskeyCeremonyView, ...errors },
      },
      onRequest: auth,
      preHandler: limited,
    },
    async (request) => {
      const r = unwrap(await s.passkeys.registrationOptions(await actor(request), sessionBinding(request)));
      return { challengeId: r.challengeId, options: { ...r.options } };
    },
  );

  app.post(
    '/v1/account/passkeys',
    {
      schema: {
        tags,
        summary: 'Register a passkey: the credential the browser created, and its name',
        body: RegisterPasskeyBody,
        response: { 200: PasskeyView, ...errors },
      },
      onRequest: auth,
      preHandler: limited,
    },
    async (request) => {
      const { challengeId, name, credential } = request.body;
      const r = unwrap(
        await s.passkeys.register(await actor(request), {
          boundTo: sessionBinding(request),
          challengeId,
          response: credential,
          name,
        }),
      );
      return view(r.passkey);
    },
  );

  app.patch(
    '/v1/account/passkeys/:id',
    {
      schema: {
        tags,
        summary: 'Rename a passkey',
        params: IdParams,
        body: RenamePasskeyBody,
        response: { 200: OkView, ...errors },
      },
      onRequest: auth,
      preHandler: limited,
    },
    async (request) => (
      unwrap(await s.passkeys.rename(await actor(request), request.params.id, request.body.name)),
      { ok: true as const }
    ),
  );

  app.delete(
    '/v1/account/passkeys/:id',
    {
      schema: {
        tags,
        summary: 'Remove a passkey (the last strong factor only within minutes of signing in)',
        params: IdParams,
        response: { 200: OkView, ...errors },
      },
      onRequest: auth,
      preHandler: limited,
    },
    async (request) => (
      unwrap(await s.passkeys.remove(await actor(request), request.params.id)),
      { ok: true as const }
    ),
  );

  app.post(
    '/v1/passkeys/sign-in/options',
    {
      schema: {
        tags,
        summary: 'Start a passwordless sign-in: options for navigator.credentials.get()',
        response: { 200: PasskeyCeremonyView, ...errors },
      },
      preHandler: limited,
    },
    async () => s.passwordless.options(),
  );

  app.post(
    '/v1/passkeys/sign-in',
    {
      schema: {
        tags,
        summary: 'Sign in with a passkey alone (discoverable credential, user verification required)',
        body: PasskeySignInBody,
        response: { 200: PasskeySignInView, ...errors },
      },
      preHandler: limited,
    },
    async (request) => {
      const r = unwrap(
        await s.passwordless.signIn({
          challengeId: request.body.challengeId,
          response: request.body.credential,
          ...requestInfo(request),
        }),
      );
      return { session: { token: r.token, expiresAt: iso(r.expiresAt) }, account: r.account };
    },
  );
}
