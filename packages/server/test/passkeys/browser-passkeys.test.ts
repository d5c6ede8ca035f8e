// Passkeys in Chromium with a virtual authenticator (DevTools WebAuthn domain): register one on the security page,
// sign in with it as the second factor, sign in with it alone, remove it; axe checks each page.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { signUp } from '../support/journey.js';
import {
  addVirtualAuthenticator,
  browserSkip,
  checkPage,
  newPerson,
  press,
  screenshot,
  useLiveBrowser,
} from '../portal/browser-support.js';

const ANN = 'ann.passkey@example.com';
const PASSWORD = 'lantern-harbour-42';
const skip = browserSkip();

describe('passkeys in a browser', { skip }, () => {
  const env = useLiveBrowser();

  test('register, second factor, passwordless, remove', async () => {
    const { s } = env.live;
    await signUp(s, { email: ANN, password: PASSWORD });
    // WebAuthn needs a secure context and a domain for the RP id: localhost, not 127.0.0.1.
    const live = { ...env.live, url: env.live.url.replace('127.0.0.1', 'localhost') };
    const { context, page, problems } = await newPerson(env.browser, live);
    const authenticator = await addVirtualAuthenticator(context, page);
    const main = async () => (await page.textContent('main')) ?? '';
    // The header's button (the security page has one per session too).
    const signOut = () =>
      Promise.all([
        page.waitForNavigation(),
        page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click(),
      ]);

    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(ANN);
    await page.getByLabel('Password').fill(PASSWORD);
    await press(page, 'Continue');
    assert.equal(new URL(page.url()).pathname, '/account');

    // Register a passkey with a name.
    await page.goto('/account/security');
    await checkPage(page, problems);
    await page.getByLabel('Name for this passkey').fill('Test laptop');
    await press(page, 'Add a passkey');
    assert.match(await main(), /Passkey “Test laptop” added/);
    assert.equal((await authenticator.credentials()).length, 1);
    await checkPage(page, problems);
    await screenshot(page, 'security-passkeys');

    // Sign out; sign in with the password: the passkey is the second factor, offered first.
    await signOut();
    await page.getByLabel('Email').fill(ANN);
    await page.getByLabel('Password').fill(PASSWORD);
    await press(page, 'Continue');
    assert.match(await main(), /Confirm with your passkey/);
    await checkPage(page, problems);
    await screenshot(page, 'sign-in-passkey');
    await press(page, 'Verify with your passkey');
    assert.equal(new URL(page.url()).pathname, '/account');

    // Sign out; sign in with the passkey alone.
    await signOut();
    await checkPage(page, problems);
    await press(page, 'Sign in with a passkey');
    assert.equal(new URL(page.url()).pathname, '/account');
    assert.match(await main(), /Signed in with your passkey/);

    // Remove it: the last strong factor, allowed right after this fresh sign-in, and audited.
    await page.goto('/account/security');
    await press(page, 'Remove passkey Test laptop');
    assert.match(await main(), /Passkey removed/);
    assert.match(await main(), /No passkeys yet/);
    await checkPage(page, problems);
    await context.close();
  });
});
