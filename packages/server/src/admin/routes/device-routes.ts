// Devices and app connections of an account, and disconnecting one (its seats are freed, its apps told at check-in).
import { Type } from '@sinclair/typebox';
import type { App, WebServices } from '../../web/index.js';
import { AppError } from '../../errors/index.js';
import { IdParam, operation } from '../describe.js';
import { DeviceView, deviceView } from '../views.js';

const DeviceParams = Type.Composite([IdParam('accountId'), IdParam('deviceId')], { additionalProperties: false });

export function deviceRoutes(app: App, s: WebServices): void {
  app.get(
    '/admin/v1/accounts/:accountId/devices',
    operation(s, 'devices:read', 'adminListDevices', "The account's devices with their app connections", {
      params: IdParam('accountId'),
      response: { 200: Type.Object({ items: Type.Array(DeviceView) }) },
    }),
    async (request) => {
      const { accountId } = request.params;
      if (!(await s.accounts.get(accountId))) throw new AppError('ACCOUNT_NOT_FOUND');
      return { items: (await s.devices.list(accountId)).map(deviceView) };
    },
  );

  app.get(
    '/admin/v1/accounts/:accountId/devices/:deviceId',
    operation(s, 'devices:read', 'adminGetDevice', 'One device of the account with its app connections', {
      params: DeviceParams,
      response: { 200: Type.Object({ device: DeviceView }) },
    }),
    async (request) => {
      const { accountId, deviceId } = request.params;
      const device = await s.devices.find(accountId, deviceId);
      if (!device) throw new AppError('NOT_FOUND');
      return { device: deviceView(device) };
    },
  );

  app.post(
    '/admin/v1/accounts/:accountId/devices/:deviceId/disconnect',
    operation(s, 'devices:write', 'adminDisconnectDevice', 'Disconnect a device: its seats are freed', {
      params: DeviceParams,
      response: { 200: Type.Object({ disconnected: Type.Boolean() }) },
    }),
    async (request) => {
      const { accountId, deviceId } = request.params;
      const device = await s.devices.find(accountId, deviceId);
      if (!device) throw new AppError('NOT_FOUND');
      // Disconnecting twice is not an error: the second call finds nothing left to do.
      return { disconnected: await s.disconnectDevice(accountId, deviceId) };
    },
  );
}
