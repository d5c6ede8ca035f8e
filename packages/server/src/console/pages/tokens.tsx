// Operator API tokens: create (the token shown once, in this answer only), the list with scopes and last use, revoke.
/** @jsxRuntime automatic @jsxImportSource preact */
import { OPERATOR_SCOPES, type OperatorTokenSummary } from '../../operators/index.js';
import type { ConsoleContext } from '../context.js';
import { formatTime } from '../format.js';
import { ActionButton, Field, Notice, PostForm, type FieldError } from '../ui/forms.js';
import { Layout } from '../ui/layout.js';

export interface TokenForm {
  name?: string;
  scopes?: string[];
}

function CreateToken({ ctx, values }: { ctx: ConsoleContext; values: TokenForm }) {
  const chosen = new Set(values.scopes ?? []);
  return (
    <section class="card" aria-labelledby="create-token-title">
      <h2 id="create-token-title">{ctx.t('tokens.create.title')}</h2>
      <PostForm ctx={ctx} action="/console/tokens" class="stack">
        <Field id="token-name" name="name" label={ctx.t('tokens.name')} value={values.name} maxLength={100} required />
        <fieldset>
          <legend>{ctx.t('tokens.create.scopesLegend')}</legend>
          <div class="checks">
            {OPERATOR_SCOPES.map((scope) => (
              <div class="check">
                <input type="checkbox" id={`scope-${scope}`} name="scopes" value={scope} checked={chosen.has(scope)} />
                <label for={`scope-${scope}`} class="mono">
                  {scope}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <button type="submit">{ctx.t('tokens.create.submit')}</button>
      </PostForm>
    </section>
  );
}

export function TokensPage(props: {
  ctx: ConsoleContext;
  tokens: OperatorTokenSummary[];
  values?: TokenForm;
  errors?: FieldError[];
  /** The token just created: this answer is the only place it is ever shown. */
  created?: { name: string; token: string };
}) {
  const { ctx, tokens } = props;
  const mayWrite = ctx.can('tokens:write');
  return (
    <Layout ctx={ctx} title={ctx.t('tokens.title')} section="tokens" errors={props.errors ?? []}>
      {props.created && (
        <Notice type="warning">
          <h2>{ctx.t('tokens.secret.title')}</h2>
          <p>{ctx.t('tokens.secret.body')}</p>
          <p>{props.created.name}</p>
          <p>
            <code class="secret">{props.created.token}</code>
          </p>
        </Notice>
      )}
      <section class="card" aria-labelledby="tokens-list-title">
        <h2 id="tokens-list-title">{ctx.t('tokens.title')}</h2>
        <p class="hint">{ctx.t('tokens.showRevoked')}</p>
        {tokens.length === 0 ? (
          <p class="muted">{ctx.t('desk.none')}</p>
        ) : (
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{ctx.t('tokens.name')}</th>
                  <th scope="col">{ctx.t('tokens.scopes')}</th>
                  <th scope="col">{ctx.t('desk.created')}</th>
                  <th scope="col">{ctx.t('tokens.lastUsed')}</th>
                  <th scope="col">{ctx.t('codes.revoked')}</th>
                  {mayWrite && <th scope="col">{ctx.t('desk.actions')}</th>}
                </tr>
              </thead>
              <tbody>
                {tokens.map((t) => (
                  <tr>
                    <td>{t.name}</td>
                    <td class="mono">{t.scopes.join(', ')}</td>
                    <td>{formatTime(ctx.locale, t.createdAt)}</td>
                    <td>{formatTime(ctx.locale, t.lastUsedAt)}</td>
                    <td>{t.revokedAt === null ? '—' : formatTime(ctx.locale, t.revokedAt)}</td>
                    {mayWrite && (
                      <td>
                        {t.revokedAt === null && (
                          <ActionButton
                            ctx={ctx}
                            action={`/console/tokens/${encodeURIComponent(t.id)}/revoke`}
                            text={ctx.t('tokens.revoke')}
                            label={ctx.t('tokens.revokeLabel', { name: t.name })}
                            danger
                          />
                        )}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {mayWrite && <CreateToken ctx={ctx} values={props.values ?? {}} />}
    </Layout>
  );
}
