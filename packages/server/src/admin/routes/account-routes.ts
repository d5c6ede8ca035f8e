// Accounts for support: search, look one up (factors, devices, subscriptions), reset factors, sign out, delete.
import { Type, type TSchema } from '@sinclair/typebox';
import type { App, WebServices } from '../../web/index.js';
import { AppError } from '../../errors/index.js';
import { actorOf } from '../auth.js';
import { Id, IdParam, operation } from '../describe.js';
import { decodeCursor, encodeCursor, NextCursor, PageQuery } from '../paging.js';
import {
  AccountSubscriptionView,
  AccountView,
  DeviceView,
  accountSubscriptionView,
  accountView,
  deviceView,
} from '../views.js';

const AccountParams = IdParam('accountId');
const Deletion = Type.Union([Type.Object({ purgeAt: Type.String({ format: 'date-time' }) }), Type.Null()]);

export function accountRoutes(app: App, s: WebServices): void {
  const op = s.operator;

  app.get(
    '/admin/v1/accounts',
    operation(s, 'accounts:read', 'adminListAccounts', 'Search accounts by id, email prefix or phone', {
      querystring: Type.Object(
        {
          ...PageQuery,
          /** One term told apart by its shape: an account id, an E.164 phone, or else the start of an address. */
          search: Type.Optional(Type.String({ minLength: 1, maxLength: 254 })),
          id: Type.Optional(Id()),
          email: Type.Optional(Type.String({ minLength: 1, maxLength: 254 })),
          phone: Type.Optional(Type.String({ pattern: '^\\+[1-9][0-9]{4,14}$' })),
        },
        { additionalProperties: false },
      ),
      response: { 200: Type.Object({ items: Type.Array(AccountView), next_cursor: NextCursor }) },
    }),
    async (request) => {
      const { limit = 50, cursor, search, id, email, phone } = request.query;
      const afterId = decodeCursor(cursor);
      const found = await op.directory.page({
        limit,
        ...(afterId !== undefined ? { afterId } : {}),
        ...(search !== undefined ? { term: search } : {}),
        ...(id !== undefined ? { id } : {}),
        ...(email !== undefined ? { email } : {}),
        ...(phone !== undefined ? { phone } : {}),
      });
      return {
        items: found.items.map(accountView),
        next_cursor: found.nextAfterId === null ? null : encodeCursor(found.nextAfterId),
      };
    },
  );

  app.get(
    '/admin/v1/accounts/:accountId',
    operation(s, 'accounts:read', 'adminGetAccount', 'An account with its factors, devices and subscriptions', {
      params: AccountParams,
      response: {
        200: Type.Object({
          account: AccountView,
          deletion: Deletion,
          devices: Type.Array(DeviceView),
          subscriptions: Type.Array(AccountSubscriptionView),
        }),
      },
    }),
    async (request) => {
      const { accountId } = request.params;
      const account = await s.accounts.get(accountId);
      if (!account) throw new AppError('ACCOUNT_NOT_FOUND');
      const [deletion, devices, subscriptions] = await Promise.all([
        op.accountAdmin.deletionStatus(accountId),
        s.devices.list(accountId),
        s.licensing.listForAccount(accountId),
      ]);
      return {
        account: accountView(account),
        deletion: deletion ? { purgeAt: new Date(deletion.purgeAt).toISOString() } : null,
        devices: devices.map(deviceView),
        subscriptions: subscriptions.map((x) => accountSubscriptionView(x, devices)),
      };
    },
  );

  const write = <R extends TSchema>(operationId: string, summary: string, view: R) =>
    operation(s, 'accounts:write', operationId, summary, { params: AccountParams, response: { 200: view } });

  app.post(
    '/admin/v1/accounts/:accountId/second-factors/reset',
    {
      ...write(
        'adminResetSecondFactors',
        'Remove the phone and authenticator (lost) and end every session',
        Type.Object({
          removed: Type.Object({ phone: Type.Boolean(), totp: Type.Boolean() }),
          sessionsEnded: Type.Integer(),
        }),
      ),
    },
    async (request) => {
      const r = await op.accountAdmin.resetSecondFactors(request.params.accountId, actorOf(request));
      if (!r.ok) throw new AppError(r.code);
      return { removed: r.removed, sessionsEnded: r.sessionsEnded };
    },
  );

  for (const [action, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    app.post(
      `/admin/v1/accounts/:accountId/${action}`,
      write(
        disabled ? 'adminDisableAccount' : 'adminEnableAccount',
        disabled
          ? 'Disable: it cannot sign in or check in (ACCOUNT_DISABLED) and its sessions end'
          : 'Enable a disabled account',
        Type.Object({ changed: Type.Boolean(), sessionsEnded: Type.Integer() }),
      ),
      async (request) => {
        const r = await op.accountAdmin.setDisabled(request.params.accountId, disabled, actorOf(request));
        if (!r.ok) throw new AppError(r.code);
        return { changed: r.changed, sessionsEnded: r.sessionsEnded };
      },
    );
  }

  app.post(
    '/admin/v1/accounts/:accountId/sign-out',
    write('adminSignOutEverywhere', 'End every session of the account', Type.Object({ sessionsEnded: Type.Integer() })),
    async (request) => {
      const r = await op.accountAdmin.signOutEverywhere(request.params.accountId, actorOf(request));
      if (!r.ok) throw new AppError(r.code);
      return { sessionsEnded: r.sessionsEnded };
    },
  );

  app.post(
    '/admin/v1/accounts/:accountId/recovery',
    operation(
      s,
      'accounts:write',
      'adminStartAccountRecovery',
      "Send the account's own address the password-reset email (the same answer whatever the account's state)",
      { params: AccountParams, response: { 202: Type.Object({ accepted: Type.Literal(true) }) } },
    ),
    async (request, reply) => {
      const r = await op.accountAdmin.startRecovery(request.params.accountId, actorOf(request));
      if (!r.ok) throw new AppError(r.code);
      reply.code(202);
      return { accepted: r.accepted };
    },
  );

  app.post(
    '/admin/v1/accounts/:accountId/deletion',
    write(
      'adminScheduleAccountDeletion',
      'Delete the account after the self-service grace period',
      Type.Object({ purgeAt: Type.String({ format: 'date-time' }), already: Type.Boolean() }),
    ),
    async (request) => {
      const r = await op.accountAdmin.scheduleDeletion(request.params.accountId, actorOf(request));
      if (!r.ok) throw new AppError(r.code);
      return { purgeAt: new Date(r.purgeAt).toISOString(), already: r.already };
    },
  );

  app.delete(
    '/admin/v1/accounts/:accountId/deletion',
    write('adminCancelAccountDeletion', 'Cancel a pending deletion', Type.Object({ cancelled: Type.Boolean() })),
    async (request) => {
      const r = await op.accountAdmin.cancelDeletion(request.params.accountId, actorOf(request));
      if (!r.ok) throw new AppError(r.code);
      return { cancelled: r.cancelled };
    },
  );
}
