// `@tessera/server/testing`: the server's test helpers other packages' tests may use (a real server, journey steps).
export { startTestServer, type TestServer, type TestServerOptions } from './test-server.js';
export * from './journey.js';
export { mintCodes } from '../licensing/licensing-support.js';
export { answerDeviceCode } from '../device-code/device-code-support.js';
export { browserSkip, checkPage, fileBrowser, launchBrowser, newPerson, press } from '../portal/browser-support.js';
