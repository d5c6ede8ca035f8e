// Plans: the list, and defining one (the licensing operator's own checks decide what is a valid plan).
import type { WebServices } from '../../web/index.js';
import { formOf, type ConsoleKit } from '../route-kit.js';
import { setFlash } from '../context.js';
import { PlansPage, type PlanForm } from '../pages/plans.js';
import { redirect, sendPage } from '../send-page.js';
import { wholeNumber } from './desk-forms.js';

export function planPages(kit: ConsoleKit, s: WebServices): void {
  const operator = s.licensing.operator;

  kit.page('/console/plans', { scope: 'plans:read' }, async (_request, reply, ctx) =>
    sendPage(reply, 200, PlansPage({ ctx, plans: await operator.listPlans() })),
  );

  kit.action('/console/plans', { scope: 'plans:write', back: () => '/console/plans' }, async (request, reply, ctx) => {
    const form = formOf(request);
    const values: PlanForm = {
      id: form.id ?? '',
      name: form.name ?? '',
      devices: form.devices ?? '',
      members: form.members ?? '',
      term: form.term ?? '',
      features: form.features ?? '',
    };
    const features = (form.features ?? '')
      .split(',')
      .map((f) => f.trim())
      .filter(Boolean);
    // A number that is not one reads as -1, which the plan check refuses with its own words.
    const created = await operator.createPlan({
      id: (form.id ?? '').trim(),
      name: form.name ?? '',
      deviceLimit: wholeNumber(form.devices) ?? -1,
      memberLimit: wholeNumber(form.members) ?? -1,
      termDays: wholeNumber(form.term) ?? -1,
      features,
    });
    if (!created.ok) {
      const errors = [{ text: ctx.t('plans.problem', { problem: created.problem }) }];
      return sendPage(reply, 400, PlansPage({ ctx, plans: await operator.listPlans(), values, errors }));
    }
    setFlash(request, reply, s, { key: 'plans.created', context: { plan: created.plan.id } });
    return redirect(reply, '/console/plans');
  });
}
