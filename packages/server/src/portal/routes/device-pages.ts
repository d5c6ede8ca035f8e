// Device pages: list, rename and disconnect (after a confirmation page), through the account's devices and the disconnect service.
import type { WebServices } from '../../web/index.js';
import { RenameDeviceBody } from '@tessera/protocol';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DeviceWithApps } from '../../devices/index.js';
import { AppError } from '../../errors/index.js';
import type { PortalContext } from '../context.js';
import { setFlash } from '../flash.js';
import { formOf } from '../form-data.js';
import { DevicesPage, DisconnectPage, type DeviceRow } from '../pages/devices.js';
import type { RouteKit } from '../route-kit.js';
import { redirect, sendPage } from '../send-page.js';
import type { FieldError } from '../ui/forms.js';

const PAGE = '/account/devices';
const page = { auth: true, once: true, back: PAGE } as const;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

export function devicePages(kit: RouteKit, services: WebServices): void {
  async function rowOf(device: DeviceWithApps, planName: (id: string) => Promise<string>): Promise<DeviceRow> {
    const connections = device.apps.filter((c) => c.revokedAt === null);
    // Apps on Free while several subscriptions fit: the choice form (issue 9).
    const free = device.disconnectedAt === null && connections.some((c) => c.subscriptionId === null);
    const fits = free
      ? (await services.licensing.usableSubscriptions(device.accountId, services.clock.now(), { deviceId: device.id }))
          .filter((o) => !o.full)
          .map((o) => ({ id: o.subscription.id, label: o.plan.name }))
      : [];
    return {
      ...(fits.length > 1 ? { choice: fits } : {}),
      id: device.id,
      name: device.name,
      platform: device.platform,
      createdAt: device.createdAt,
      lastSeenAt: device.lastSeenAt,
      disconnectedAt: device.disconnectedAt,
      apps: await Promise.all(
        connections.map(async (c) => ({
          appId: c.appId,
          plan: await planName(c.planId),
          lastCheckInAt: c.lastCheckInAt,
        })),
      ),
    };
  }
  /** Looks each plan's name up once per page. */
  function planNames(ctx: PortalContext): (id: string) => Promise<string> {
    const plans = new Map<string, Promise<string>>();
    return (id) => {
      if (!plans.has(id))
        plans.set(
          id,
          services.licensing.getPlan(id).then((plan) => ctx.plan(plan ?? { id, name: id })),
        );
      return plans.get(id)!;
    };
  }
  async function rows(ctx: PortalContext): Promise<DeviceRow[]> {
    const devices = await services.devices.list(ctx.account!.id);
    const planName = planNames(ctx);
    return Promise.all(devices.map((d) => rowOf(d, planName)));
  }
  /** The account's device named in the path, or a 404 page (another account's device looks like none). */
  async function deviceOf(request: FastifyRequest, ctx: PortalContext): Promise<DeviceRow> {
    const { id } = request.params as { id: string };
    const device = ID.test(id) ? await services.devices.find(ctx.account!.id, id) : undefined;
    if (!device) throw new AppError('NOT_FOUND');
    return rowOf(device, planNames(ctx));
  }
  const show = async (reply: FastifyReply, ctx: PortalContext, status: number, errors: FieldError[] = []) => {
    ctx.pagePath = PAGE;
    return sendPage(reply, status, DevicesPage({ ctx, devices: await rows(ctx), errors }));
  };

  kit.get(PAGE, { auth: true }, async (_request, reply, ctx) => show(reply, ctx, 200));

  kit.get(`${PAGE}/:id/disconnect`, { auth: true }, async (request, reply, ctx) => {
    const device = await deviceOf(request, ctx);
    if (device.disconnectedAt !== null) {
      setFlash(reply, { key: 'flash.deviceAlreadyDisconnected', type: 'info' });
      return redirect(reply, PAGE);
    }
    return sendPage(reply, 200, DisconnectPage({ ctx, device }));
  });

  kit.post(`${PAGE}/:id/disconnect`, page, async (request, reply, ctx) => {
    const device = await deviceOf(request, ctx);
    // Disconnecting twice (a second tab) finds nothing left to do and says so.
    const done = await services.disconnectDevice(ctx.account!.id, device.id);
    setFlash(
      reply,
      done
        ? { key: 'flash.deviceDisconnected', type: 'success', context: { name: device.name } }
        : { key: 'flash.deviceAlreadyDisconnected', type: 'info' },
    );
    return redirect(reply, PAGE);
  });

  kit.post(`${PAGE}/:id/subscription`, page, async (request, reply, ctx) => {
    const device = await deviceOf(request, ctx);
    const subscriptionId = formOf(request).subscriptionId ?? '';
    const chosen = ID.test(subscriptionId)
      ? await services.chooseSubscription({ accountId: ctx.account!.id, deviceId: device.id, subscriptionId })
      : { ok: false as const };
    setFlash(
      reply,
      chosen.ok
        ? { key: 'flash.deviceSubscriptionChosen', type: 'success' }
        : { key: 'flash.deviceSubscriptionRefused', type: 'info' },
    );
    return redirect(reply, PAGE);
  });

  kit.post(`${PAGE}/:id/rename`, page, async (request, reply, ctx) => {
    const device = await deviceOf(request, ctx);
    const body = { name: (formOf(request).name ?? '').trim() };
    const field = `device-name-${device.id}`;
    // Nothing but spaces is a name left out, said as such; otherwise the API's own schema decides what a name may be.
    if (body.name === '') return show(reply, ctx, 400, [{ text: ctx.t('devices.nameEmpty'), field }]);
    if (!request.validateInput(body, RenameDeviceBody as object))
      return show(reply, ctx, 400, [{ text: ctx.t('devices.nameInvalid'), field }]);
    if (!(await services.devices.rename(ctx.account!.id, device.id, body.name))) throw new AppError('NOT_FOUND');
    setFlash(reply, { key: 'flash.deviceRenamed', type: 'success' });
    return redirect(reply, PAGE);
  });
}
