// The overview: accounts, active subscriptions by plan, devices seen in the last day, check-ins per minute and SMS per
// country today, as figures, server-made SVG charts, and the same numbers in tables (the charts' text alternative).
/** @jsxRuntime automatic @jsxImportSource preact */
import type { OverviewFigures } from '../../overview/index.js';
import type { ConsoleContext } from '../context.js';
import { barChart, sparkline } from '../charts/index.js';
import { formatTime, languageTag } from '../format.js';
import { Layout } from '../ui/layout.js';

/** Markup made and escaped by the chart functions (never text a person typed without escaping). */
const Chart = ({ svg }: { svg: string }) => <div class="chart-box" dangerouslySetInnerHTML={{ __html: svg }} />;

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div class="figure">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

export function OverviewPage({ ctx, figures: f }: { ctx: ConsoleContext; figures: OverviewFigures }) {
  const n = new Intl.NumberFormat(languageTag(ctx.locale));
  const num = (v: number) => n.format(v);
  const plans = f.activeSubscriptions.byPlan;
  const sms = f.smsToday.byCountry;
  const minutes = f.checkIns.perMinute;
  const listed = (items: string[]) => (items.length ? items.join('; ') : ctx.t('desk.none'));
  return (
    <Layout ctx={ctx} title={ctx.t('overview.title')} section="overview">
      <p class="muted">{ctx.t('overview.asOf', { time: formatTime(ctx.locale, f.at) })}</p>
      <dl class="figures">
        <Figure label={ctx.t('overview.accounts')} value={num(f.accounts)} />
        <Figure label={ctx.t('overview.activeSubscriptions')} value={num(f.activeSubscriptions.total)} />
        <Figure label={ctx.t('overview.devicesDay')} value={num(f.devicesSeenLastDay)} />
        <Figure label={ctx.t('overview.checkIns')} value={num(f.checkIns.averagePerMinute)} />
      </dl>

      <section class="card" aria-labelledby="plans-title">
        <h2 id="plans-title">{ctx.t('overview.byPlanTitle')}</h2>
        {plans.length === 0 ? (
          <p class="muted">{ctx.t('desk.none')}</p>
        ) : (
          <>
            <Chart
              svg={barChart({
                id: 'chart-plans',
                title: ctx.t('overview.byPlanTitle'),
                description: ctx.t('overview.byPlanDesc', {
                  list: listed(plans.map((p) => `${p.planName} ${num(p.count)}`)),
                }),
                series: [ctx.t('overview.count')],
                rows: plans.map((p) => ({ label: p.planName, values: [p.count] })),
                format: num,
              })}
            />
            <table>
              <caption>{ctx.t('desk.dataTable')}</caption>
              <thead>
                <tr>
                  <th scope="col">{ctx.t('overview.plan')}</th>
                  <th scope="col" class="num">
                    {ctx.t('overview.count')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {plans.map((p) => (
                  <tr>
                    <th scope="row">
                      {p.planName} <span class="muted">({p.planId})</span>
                    </th>
                    <td class="num">{num(p.count)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>

      <section class="card" aria-labelledby="checkins-title">
        <h2 id="checkins-title">{ctx.t('overview.checkInsTitle')}</h2>
        <p class="hint">{ctx.t('overview.checkInsHint')}</p>
        <Chart
          svg={sparkline({
            id: 'chart-checkins',
            title: ctx.t('overview.checkInsTitle'),
            description: ctx.t('overview.checkInsDesc', {
              first: num(minutes[0] ?? 0),
              last: num(minutes[minutes.length - 1] ?? 0),
              max: num(Math.max(0, ...minutes)),
              average: num(f.checkIns.averagePerMinute),
            }),
            values: minutes,
            width: 360,
            height: 60,
          })}
        />
        <details>
          <summary>{ctx.t('desk.dataTable')}</summary>
          <table>
            <thead>
              <tr>
                <th scope="col">{ctx.t('overview.minute')}</th>
                <th scope="col" class="num">
                  {ctx.t('overview.checkIns')}
                </th>
              </tr>
            </thead>
            <tbody>
              {minutes.map((v, i) => (
                <tr>
                  <th scope="row">{num(minutes.length - i)}</th>
                  <td class="num">{num(v)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </section>

      <section class="card" aria-labelledby="sms-title">
        <h2 id="sms-title">{ctx.t('overview.smsTitle')}</h2>
        {sms.length === 0 ? (
          <p class="muted">{ctx.t('overview.smsNone')}</p>
        ) : (
          <>
            <Chart
              svg={barChart({
                id: 'chart-sms',
                title: ctx.t('overview.smsTitle'),
                description: ctx.t('overview.smsDesc', {
                  list: listed(
                    sms.map(
                      (c) =>
                        `${c.country}: ${ctx.t('overview.smsSent')} ${num(c.sent)}, ${ctx.t('overview.smsRefused')} ${num(c.refused)}`,
                    ),
                  ),
                }),
                series: [ctx.t('overview.smsSent'), ctx.t('overview.smsRefused')],
                rows: sms.map((c) => ({ label: c.country, values: [c.sent, c.refused] })),
                format: num,
              })}
            />
            <table>
              <caption>{ctx.t('overview.smsToday')}</caption>
              <thead>
                <tr>
                  <th scope="col">{ctx.t('overview.country')}</th>
                  <th scope="col" class="num">
                    {ctx.t('overview.smsSent')}
                  </th>
                  <th scope="col" class="num">
                    {ctx.t('overview.smsRefused')}
                  </th>
                  <th scope="col" class="num">
                    {ctx.t('overview.smsFailed')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {sms.map((c) => (
                  <tr>
                    <th scope="row">{c.country}</th>
                    <td class="num">{num(c.sent)}</td>
                    <td class="num">{num(c.refused)}</td>
                    <td class="num">{num(c.failed)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
    </Layout>
  );
}
