// The search page: one box for every way a customer can be named, and the accounts it found with how.
/** @jsxRuntime automatic @jsxImportSource preact */
import type { Account } from '../../identity/index.js';
import type { ConsoleContext } from '../context.js';
import { formatTime } from '../format.js';
import { Field, Notice } from '../ui/forms.js';
import { Layout } from '../ui/layout.js';

export interface SearchHit {
  account: Account;
  matches: string[];
}

export function SearchPage(props: {
  ctx: ConsoleContext;
  query: string;
  results: { hits: SearchHit[]; notes: string[] } | undefined;
}) {
  const { ctx, query, results } = props;
  return (
    <Layout ctx={ctx} title={ctx.t('search.title')} section="search">
      <form method="get" action="/console" class="search" role="search">
        <Field
          id="q"
          name="q"
          type="search"
          label={ctx.t('search.label')}
          hint={ctx.t('search.hint')}
          value={query}
          maxLength={200}
          required
        />
        <button type="submit">{ctx.t('search.submit')}</button>
      </form>
      {results?.notes.map((note) => (
        <Notice type="info">
          <p>{note}</p>
        </Notice>
      ))}
      {results && results.hits.length === 0 && <p>{ctx.t('search.none', { query })}</p>}
      {results && results.hits.length > 0 && (
        <section class="card" aria-labelledby="results-title">
          <h2 id="results-title">{ctx.t('search.results', { query })}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{ctx.t('search.email')}</th>
                <th scope="col">{ctx.t('search.account')}</th>
                <th scope="col">{ctx.t('search.country')}</th>
                <th scope="col">{ctx.t('search.created')}</th>
                <th scope="col">{ctx.t('search.match')}</th>
              </tr>
            </thead>
            <tbody>
              {results.hits.map(({ account, matches }) => (
                <tr>
                  <td>
                    <a href={`/console/accounts/${encodeURIComponent(account.id)}`}>{account.email}</a>
                  </td>
                  <td class="mono">{account.id}</td>
                  <td>{account.country}</td>
                  <td>{formatTime(ctx.locale, account.createdAt)}</td>
                  <td>{matches.join(' · ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </Layout>
  );
}
