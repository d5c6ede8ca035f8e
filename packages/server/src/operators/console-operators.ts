// Console operators: Tessera accounts given a role (support, licensing, admin) by email; granting and revoking is
// audited, and a revoked operator's console sessions end at once.
import type { Clock, UnitOfWork } from '../common/index.js';
import type { AuditLog } from '../audit/index.js';
import type { AccountService } from '../identity/index.js';
import type { ConsoleOperatorRecord, ConsoleStore } from './console-store.js';
import { isOperatorRole, OPERATOR_ROLES, type OperatorRole } from './roles.js';

export interface ConsoleOperatorSummary {
  accountId: string;
  email: string;
  role: OperatorRole;
  grantedAt: number;
}

export type ConsoleOperatorResult<T extends object> = ({ ok: true } & T) | { ok: false; problem: string };

export interface ConsoleOperators {
  grant(input: { email: string; role: string }): Promise<ConsoleOperatorResult<{ operator: ConsoleOperatorSummary }>>;
  revoke(input: { email: string }): Promise<ConsoleOperatorResult<{ sessionsEnded: number }>>;
  list(): Promise<ConsoleOperatorSummary[]>;
  /** The account's role, or undefined when it is no operator. */
  roleOf(accountId: string): Promise<OperatorRole | undefined>;
}

export function createConsoleOperators(deps: {
  store: ConsoleStore;
  accounts: Pick<AccountService, 'findByEmail' | 'get'>;
  audit: AuditLog;
  clock: Clock;
  unitOfWork: UnitOfWork;
}): ConsoleOperators {
  const { store, accounts, audit, clock, unitOfWork } = deps;
  const summary = (r: ConsoleOperatorRecord, email: string): ConsoleOperatorSummary => ({ ...r, email });
  return {
    async grant({ email, role }) {
      if (!isOperatorRole(role)) return { ok: false, problem: `--role takes ${OPERATOR_ROLES.join(', ')}` };
      const account = await accounts.findByEmail(email);
      if (!account)
        return { ok: false, problem: `no account with email ${email} (create it first: admin users create)` };
      const record: ConsoleOperatorRecord = { accountId: account.id, role, grantedAt: clock.now() };
      await unitOfWork.run(async () => {
        const { previous } = await store.grant(record);
        await audit.record('operator.granted', { accountId: account.id, details: { role, previous } });
      });
      return { ok: true, operator: summary(record, account.email) };
    },

    async revoke({ email }) {
      const account = await accounts.findByEmail(email);
      const found = account && (await store.find(account.id));
      if (!account || !found)
        return { ok: false, problem: `${email} is no console operator (see: admin operators list)` };
      const sessionsEnded = await unitOfWork.run(async () => {
        if (!(await store.revoke(account.id))) return 0;
        const ended = await store.revokeSessionsOf(account.id, clock.now());
        await audit.record('operator.revoked', { accountId: account.id, details: { role: found.role } });
        return ended;
      });
      return { ok: true, sessionsEnded };
    },

    async list() {
      const records = await store.list();
      const listed: ConsoleOperatorSummary[] = [];
      for (const r of records) listed.push(summary(r, (await accounts.get(r.accountId))?.email ?? '(deleted)'));
      return listed;
    },

    roleOf: async (accountId) => (await store.find(accountId))?.role,
  };
}
