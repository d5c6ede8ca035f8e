// The only door of @tessera/protocol: the wire contract shared by server, SDK and CLI.
export { ERROR_CATALOG, ERROR_CODES, isErrorCode, type ErrorCode } from './errors.js';
export { ErrorBody } from './error-body.js';
export { DisplayText } from './text.js';
export { M, type MessageId } from './message-ids.js';
export {
  LOCALES,
  fillTemplate,
  formatWait,
  isLocale,
  pickLocale,
  pluralTemplate,
  translate,
  type Locale,
} from './i18n.js';
export { UiNode, UiMessage, UiText, INPUT_TYPES, type UiNodeType } from './ui.js';
export {
  FLOW_KINDS,
  STEPS,
  CreateFlowBody,
  SubmitFlowBody,
  FlowView,
  FlowResult,
  DeviceInfo,
  type FlowKind,
  type StepName,
  type SubmitFor,
} from './flow.js';
export {
  AccountView,
  StartPhoneBody,
  VerifyCodeBody,
  PasswordBody,
  ChangePasswordBody,
  PendingFactorView,
  OkView,
  SessionView,
  SessionListView,
  RevokedView,
  AuditEventView,
  AuditListView,
  OutboxMessageView,
  OutboxListView,
} from './api.js';
export {
  RedeemBody,
  PlanView,
  SubscriptionView,
  SubscriptionListView,
  RedeemedView,
  SubscriptionParams,
  MemberParams,
  InvitationBody,
  InvitationView,
  AcceptInvitationBody,
  MemberListView,
} from './licensing-api.js';
export {
  CheckInBody,
  CheckInHeaders,
  bearerCredential,
  CheckInView,
  CheckInUnchangedView,
  DEVICE_AFFINITY_HEADER,
  LICENSE_HELD_HEADER,
  licenseFingerprint,
  isLicenseFingerprint,
  LicenseView,
  Jwks,
  AppConnectionView,
  DeviceView,
  DeviceListView,
  RenameDeviceBody,
} from './device-api.js';
export { maskEmail } from './mask-email.js';
export {
  PasskeyView,
  PasskeyListView,
  PasskeyCeremonyView,
  RegisterPasskeyBody,
  RenamePasskeyBody,
  PasskeySignInBody,
  PasskeySignInView,
} from './passkey-api.js';
export {
  DeviceCodeBody,
  DeviceCodeView,
  DeviceTokenBody,
  DeviceTokenView,
  DeviceTokenErrorView,
  DEVICE_TOKEN_ERRORS,
  type DeviceTokenError,
} from './device-code-api.js';
