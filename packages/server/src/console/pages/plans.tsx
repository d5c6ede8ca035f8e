// Plans: the list with their limits and features, and defining a new one.
/** @jsxRuntime automatic @jsxImportSource preact */
import type { Plan } from '../../licensing/index.js';
import type { ConsoleContext } from '../context.js';
import { languageTag } from '../format.js';
import { Field, PostForm, type FieldError } from '../ui/forms.js';
import { Layout } from '../ui/layout.js';

export type PlanForm = Partial<Record<'id' | 'name' | 'devices' | 'members' | 'term' | 'features', string>>;

function CreatePlan({ ctx, values }: { ctx: ConsoleContext; values: PlanForm }) {
  return (
    <section class="card" aria-labelledby="create-plan-title">
      <h2 id="create-plan-title">{ctx.t('plans.create.title')}</h2>
      <PostForm ctx={ctx} action="/console/plans" class="stack">
        <Field
          id="plan-id"
          name="id"
          label={ctx.t('plans.id')}
          hint={ctx.t('plans.create.idHint')}
          value={values.id}
          maxLength={40}
          required
        />
        <Field id="plan-name" name="name" label={ctx.t('plans.name')} value={values.name} maxLength={80} required />
        <Field
          id="plan-devices"
          name="devices"
          type="number"
          inputMode="numeric"
          label={ctx.t('plans.devices')}
          value={values.devices ?? '3'}
          required
        />
        <Field
          id="plan-members"
          name="members"
          type="number"
          inputMode="numeric"
          label={ctx.t('plans.members')}
          value={values.members ?? '1'}
          required
        />
        <Field
          id="plan-term"
          name="term"
          type="number"
          inputMode="numeric"
          label={ctx.t('plans.term')}
          hint={ctx.t('plans.create.termHint')}
          value={values.term ?? '365'}
          required
        />
        <Field
          id="plan-features"
          name="features"
          label={ctx.t('plans.features')}
          hint={ctx.t('plans.create.featuresHint')}
          value={values.features}
          maxLength={2000}
        />
        <button type="submit">{ctx.t('plans.create.submit')}</button>
      </PostForm>
    </section>
  );
}

export function PlansPage(props: { ctx: ConsoleContext; plans: Plan[]; values?: PlanForm; errors?: FieldError[] }) {
  const { ctx, plans } = props;
  const n = new Intl.NumberFormat(languageTag(ctx.locale));
  return (
    <Layout ctx={ctx} title={ctx.t('plans.title')} section="plans" errors={props.errors ?? []}>
      <section class="card" aria-labelledby="plans-list-title">
        <h2 id="plans-list-title">{ctx.t('plans.title')}</h2>
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{ctx.t('plans.id')}</th>
                <th scope="col">{ctx.t('plans.name')}</th>
                <th scope="col" class="num">
                  {ctx.t('plans.devices')}
                </th>
                <th scope="col" class="num">
                  {ctx.t('plans.members')}
                </th>
                <th scope="col" class="num">
                  {ctx.t('plans.term')}
                </th>
                <th scope="col">{ctx.t('plans.features')}</th>
              </tr>
            </thead>
            <tbody>
              {plans.map((p) => (
                <tr>
                  <td class="mono">{p.id}</td>
                  <td>{p.name}</td>
                  <td class="num">{n.format(p.deviceLimit)}</td>
                  <td class="num">{n.format(p.memberLimit)}</td>
                  <td class="num">{n.format(p.termDays)}</td>
                  <td>{p.features.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {ctx.can('plans:write') && <CreatePlan ctx={ctx} values={props.values ?? {}} />}
    </Layout>
  );
}
