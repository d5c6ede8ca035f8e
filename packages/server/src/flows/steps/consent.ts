// Step `consent`: the regional data statement the account has not accepted at its current version ("Accept and connect").
import { M } from '@tessera/protocol';
import type { DataStatement } from '../../consent/index.js';
import { label } from '../render.js';
import { refuse } from '../../errors/index.js';
import type { ConnectState } from '../flow-state.js';
import { advance, type Step, type StepContext, type StepOutcome } from '../step.js';

async function pendingStatement(ctx: StepContext<ConnectState>): Promise<DataStatement | undefined> {
  const account = await ctx.account();
  if (!account) return undefined;
  return ctx.deps.consent.pending({ accountId: account.id, region: account.country, locale: ctx.locale });
}

export const consentStep: Step<'consent', ConnectState> = {
  name: 'consent',
  async applies(ctx) {
    return (await pendingStatement(ctx)) !== undefined;
  },
  async nodes(ctx) {
    const statement = await pendingStatement(ctx);
    if (!statement) return [];
    const meta = { region: statement.region, version: statement.version, locale: statement.locale };
    return [
      {
        name: 'statement_title',
        type: 'paragraph',
        label: label(M.INFO_STATEMENT_TITLE, ctx.locale, { title: statement.title }),
        meta,
      },
      {
        name: 'statement_body',
        type: 'paragraph',
        label: label(M.INFO_STATEMENT_BODY, ctx.locale, { body: statement.body }),
        meta,
      },
      { name: 'version', type: 'hidden', value: String(statement.version) },
      { name: 'accept', type: 'submit', action: 'accept', label: label(M.LABEL_ACCEPT_AND_CONNECT, ctx.locale) },
      { name: 'decline', type: 'submit', action: 'decline', label: label(M.LABEL_DECLINE, ctx.locale) },
    ];
  },
  async submit(ctx, body): Promise<StepOutcome> {
    const statement = await pendingStatement(ctx);
    if (!statement) return advance;
    // Accepting text the person did not see would not be consent.
    if (body.version !== statement.version) return refuse('STATEMENT_OUTDATED', { version: statement.version });
    if (body.action === 'decline') return refuse('CONSENT_DECLINED');
    ctx.state.consent = { region: statement.region, version: statement.version, locale: statement.locale };
    return advance;
  },
};
