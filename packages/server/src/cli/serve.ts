// `tessera-server serve`: listens, cleans up expired flows and passkey challenges now and then, shuts down gracefully, and in
// demo mode creates a demo account and prints a walkthrough.
import type { Config } from '../config/index.js';
import { createTessera, type Tessera } from '../tessera.js';

const DEMO = { email: 'demo@example.com', password: 'demo-lantern-2026', phone: '+12015550100' };

export async function serve(config: Config, options: { demo: boolean }): Promise<number> {
  const tessera = await createTessera({ config });
  const address = await tessera.app.listen({ port: config.port, host: config.host });
  const base = config.baseUrl ?? address;
  const cleanup = setInterval(() => {
    tessera.stores.flows
      .deleteExpired(Date.now() - 3600_000)
      .catch((err) => tessera.app.log.warn({ err }, 'flow cleanup failed'));
    // Passkey challenges asked for and never answered.
    tessera.stores.passkeys
      .sweepChallenges(Date.now())
      .catch((err) => tessera.app.log.warn({ err }, 'passkey challenge cleanup failed'));
    // Device codes (RFC 8628) live minutes; an hour past expiry nothing can poll them usefully.
    tessera.stores.deviceGrants
      .deleteExpired(Date.now() - 3600_000)
      .catch((err) => tessera.app.log.warn({ err }, 'device code cleanup failed'));
  }, 10 * 60_000);
  cleanup.unref();

  const lines = [
    `Tessera is running at ${base}  (${tessera.database.describe}${config.redisUrl ? ', Redis counters' : ''})`,
    `Portal: ${base}/sign-in   API docs: ${base}/docs   OpenAPI: ${base}/openapi.json`,
  ];
  if (options.demo) lines.push(...(await demo(tessera, base)));
  process.stdout.write(`${lines.join('\n')}\n`);

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  clearInterval(cleanup);
  await tessera.close();
  return 0;
}

async function demo(tessera: Tessera, base: string): Promise<string[]> {
  const { accounts } = tessera.services;
  let account = await accounts.findByEmail(DEMO.email);
  if (!account) {
    const prepared = await accounts.preparePassword(DEMO.password, DEMO.email);
    if (!prepared.ok) throw new Error('demo password rejected by policy');
    account = await accounts.register({ email: DEMO.email, passwordHash: prepared.hash, country: 'VN', locale: 'en' });
    if (account) await tessera.stores.accounts.setPhone(account.id, DEMO.phone, Date.now());
  }
  if ((await tessera.services.consent.statements('VN')).length === 0) {
    await tessera.services.consent.publish({
      region: 'VN',
      locale: 'en',
      title: 'Statement on the provision of data',
      body: 'To protect your devices, the app sends the vendor information about threats it finds and about the device. (Demo statement.)',
    });
    await tessera.services.consent.publish({
      region: 'VN',
      locale: 'vi',
      version: 1,
      title: 'Tuyên bố về việc cung cấp dữ liệu',
      body: 'Để bảo vệ thiết bị, ứng dụng gửi cho nhà cung cấp thông tin về các mối đe dọa và về thiết bị. (Tuyên bố mẫu.)',
    });
  }
  const codes: string[] = [];
  for (const planId of ['personal', 'family']) {
    const minted = await tessera.licensing.operator.mint({ planId, count: 1, note: 'demo' });
    if (minted.ok) codes.push(`${minted.codes[0]} (${planId})`);
  }
  const json = `-H 'content-type: application/json'`;
  const post = (body: string, path: string) => `curl -s ${json} -d '${body}' ${base}${path}`;
  return [
    '',
    `Demo account: ${DEMO.email} / ${DEMO.password} (country VN; SMS verification on ${DEMO.phone}; codes land in the dev outbox)`,
    `Activation codes for it: ${codes.join(', ')}`,
    'Walk through the journey (jq helps):',
    `  1. FLOW=$(${post('{"kind":"connect","appId":"app.secure","device":{"name":"Laptop","platform":"linux"}}', '/v1/flows')} | jq -r .flow.id)`,
    `  2. ${post(`{"step":"credentials","email":"${DEMO.email}","password":"${DEMO.password}"}`, '/v1/flows/$FLOW')} | jq .step     # second_factor`,
    `  3. CODE=$(curl -s ${base}/v1/dev/outbox | jq -r '.messages[0].body' | grep -o '[0-9]\\{6\\}' | head -1)   (or: npx tessera-server admin outbox list)`,
    `  4. ${post('{"step":"second_factor","action":"verify","code":"\'$CODE\'"}', '/v1/flows/$FLOW')} | jq '.step, .ui.nodes[0].label.text'   # consent`,
    `  5. ${post('{"step":"consent","action":"accept","version":1}', '/v1/flows/$FLOW')} | jq .result.license   # Free until a code is redeemed`,
    '  Redeem a code with the session of a sign_in flow: POST /v1/subscriptions/redeem {"code": "…"} (Authorization: Bearer tss_…);',
    '  with both codes redeemed, the next connect shows select_subscription. Three wrong passwords first bring the image code.',
    `Operator console: ${base}/console. Make the demo account an operator (npx tessera-server admin operators grant`,
    `  --email ${DEMO.email} --role admin), add an authenticator app on ${base}/account/security, then sign in there.`,
  ];
}
