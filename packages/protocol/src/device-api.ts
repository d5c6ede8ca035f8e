// Request and response schemas of check-in, the license key set, and the device list.
import { Type, type Static } from '@sinclair/typebox';
import { DisplayText } from './text.js';

/**
 * The header an app's check-in carries its device id in: not a secret (the license token states it too), and stable
 * across credential rotations, so a load balancer can hash on it and send each device to the instance that keeps its
 * answer in memory (docs/scale.md). The server does not read it.
 */
export const DEVICE_AFFINITY_HEADER = 'tessera-device';

export const CheckInBody = Type.Object(
  { credential: Type.String({ minLength: 1, maxLength: 128 }) },
  { additionalProperties: false, title: 'CheckInBody' },
);

export const LicenseView = Type.Object(
  {
    token: Type.String(),
    expiresAt: Type.String(),
    plan: Type.String(),
    /** The plan's name, to show (the id is for programs). */
    planName: Type.Optional(Type.String()),
    features: Type.Array(Type.String()),
    subscriptionId: Type.Union([Type.String(), Type.Null()]),
  },
  { title: 'LicenseView' },
);

export const CheckInView = Type.Object(
  {
    /** `FELL_BACK_TO_FREE` when the subscription this app used has ended. */
    outcome: Type.Union([Type.Literal('VALID'), Type.Literal('FELL_BACK_TO_FREE')]),
    deviceCredential: Type.String(),
    license: LicenseView,
    /**
     * The app is on Free while several of the account's subscriptions would fit it: the person picks one on the
     * portal's device page, and the app gets it at its next check-in.
     */
    choicePending: Type.Optional(Type.Boolean()),
    /** A suggested delay before the next check-in, in seconds; clients add jitter. */
    nextCheckInSeconds: Type.Integer(),
  },
  { title: 'CheckInView' },
);
export type CheckInView = Static<typeof CheckInView>;

export const Jwks = Type.Object({ keys: Type.Array(Type.Record(Type.String(), Type.Unknown())) }, { title: 'Jwks' });

export const AppConnectionView = Type.Object(
  {
    id: Type.String(),
    appId: Type.String(),
    plan: Type.String(),
    subscriptionId: Type.Union([Type.String(), Type.Null()]),
    connectedAt: Type.String(),
    lastCheckInAt: Type.String(),
  },
  { title: 'AppConnectionView' },
);

export const DeviceView = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    platform: Type.String(),
    createdAt: Type.String(),
    lastSeenAt: Type.String(),
    connected: Type.Boolean(),
    apps: Type.Array(AppConnectionView),
  },
  { title: 'DeviceView' },
);
export const DeviceListView = Type.Object({ devices: Type.Array(DeviceView) }, { title: 'DeviceListView' });
export const RenameDeviceBody = Type.Object(
  { name: DisplayText({ minLength: 1, maxLength: 100 }) },
  { additionalProperties: false, title: 'RenameDeviceBody' },
);
