// The CLI's own English texts (the flow's labels and messages come from the server, already translated).
export const EN = {
  usage: '{detail}. Run `tessera --help` for the commands and options.',
  unknownCommand: 'Unknown command "{command}"',
  unknownOption: 'Unknown option "{option}"',
  optionNeedsValue: 'The option {option} needs a value',
  optionNotForCommand: '"{command}" does not take {option}',
  unexpectedArgument: 'Unexpected argument "{argument}"',
  badLang: 'Unknown language "{lang}": use en or vi.',
  badServer: 'Not a server address: "{server}" (expected http://… or https://…).',
  badApp: 'Not an app id: "{app}" (lowercase letters, digits, dot, dash and underscore; at most 64).',
  unreachable: 'Cannot reach the server at {server}. Check the address and your connection, then try again.',
  flowExpired: 'This connect attempt has expired on the server. Run `tessera connect` again.',
  storeCorrupt:
    'The device store cannot be read: {detail}. Nothing was changed. Move the damaged file away, then connect again.',
  storePermissions:
    'The device store is open to other users: {detail}. Nothing was changed. Run chmod 700 on the folder and chmod 600 on its files, then try again.',
  storeWriteFailed:
    'The device store could not be written: {detail}. The previous state is intact; check the free space and the folder, then try again.',
  protocol: 'The server answered in a way this app does not understand: {detail}',
  unexpected: 'Something went wrong: {detail}',
  cancelled: 'Cancelled. Nothing was changed.',

  intro: 'Connect {app} to your account',
  contacting: 'Contacting {server}…',
  alreadyConnected: 'Already connected (plan {plan}). To connect again, run `tessera disconnect{appFlag}` first.',
  haveAccount: 'Do you have an account?',
  signIn: 'Yes, sign in',
  captchaFile: 'The image: {url}',
  openImage: 'Open the image',
  captchaPlaceholder: 'the letters and digits in the image (leave empty to go back to the choices)',
  solvingProofOfWork: 'Passing the server’s automatic check (a short computation)…',
  keysNavigate: 'to navigate',
  keysConfirm: 'confirm',
  enterCode: 'Enter the code',
  availableIn: 'available in {wait}',
  required: 'Enter a value.',
  codePlaceholder: '6 digits (leave empty to go back to the choices)',
  sixDigits: 'The code has 6 digits.',
  countryFormat: 'Two letters, e.g. VN or US.',
  chooseSubscription: 'Select the subscription this app uses.',
  passwordStdinEmpty: 'No password was given on standard input.',

  connected: 'Connected: plan {plan}.',
  features: 'Features: {features}',
  validUntil: 'License valid until {expires}; the app works offline until {grace}.',
  inGrace:
    'The license expired at {expires}; the grace period keeps the app working until {grace}. Run `tessera check-in`.',
  device: 'Device {device} · account {account} · app {app}',
  notConnected: 'Not connected: {reason}',
  howToConnect: 'To connect, run: tessera connect{appFlag}',
  reason_NO_CREDENTIAL: 'this app is not connected on this device.',
  reason_TOKEN_INVALID: 'the stored license is not valid (damaged, or not signed by the server).',
  reason_TOKEN_EXPIRED: 'the license has expired and its grace period is over.',
  reason_WRONG_DEVICE: 'the stored license belongs to another device.',
  reason_WRONG_APP: 'the stored license belongs to another app.',
  reason_KEY_UNKNOWN: 'the license is signed with a key this device does not know.',
  reason_DISCONNECTED: 'the device was disconnected from the account.',

  personNeeded:
    'This step needs a person: {what}. Run `tessera connect` in a terminal, or pass the option that answers it.',
  need_credentials: 'email and password (--email and --password-stdin)',
  need_captcha: 'the code shown in an image ({path})',
  need_second_factor: 'the verification code sent to the phone',
  need_second_factor_totp: 'the code from the authenticator app',
  need_confirm_account: 'connect to the account {account} found on this device (--yes)',
  need_consent: 'read and accept the data statement "{title}" (--accept-statement {version})',
  need_select_subscription: 'choose a subscription (--subscription ID): {options}',
  need_details: 'create an account',
  need_verify_email: 'the code sent to the email address',

  checkedIn: 'Checked in: plan {plan}, license valid until {expires}.',
  fellBackToFree: 'The subscription has ended: the app now uses the Free plan.',
  choicePending:
    'Several of your subscriptions could be used by this app: choose one on your account page (Devices). The app uses Free until then.',
  nextCheckIn: 'Next check-in in about {hours} h.',
  offlineUntil: 'Cannot reach the server at {server}. The app keeps working offline until {grace}.',
  disconnected: '{app} is disconnected. Other apps on this device stay connected.',
  nothingToDisconnect: '{app} is not connected; nothing to disconnect.',

  runNoCommand: 'Say which command to run: tessera run -- CMD ARGS…',
  runRefused: 'Not running {command}: {reason}',
  runOffline:
    'The license has expired and the server cannot be reached; running within the grace period (until {grace}).',
  runCannotStart: 'Cannot start {command}: {detail}',
} as const;

export type CatalogKey = keyof typeof EN;
