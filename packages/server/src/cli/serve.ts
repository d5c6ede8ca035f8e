// `tessera-server serve`: listens, cleans up expired flows now and then, shuts down gracefully, and in
// demo mode creates a demo account and prints a walkthrough.
import type { Config } from '../config/index.js';
import { createTessera, type Tessera } from '../tessera.js';

const DEMO = { email: 'demo@example.com', password: 'demo-lantern-2026', phone: '+12015550100' };

export async function serve(config: Config, options: { demo: boolean }): Promise<number> {
  const tessera = await createTessera({ config });
  const address = await tessera.app.listen({ port: config.port, host: config.host });
  const base = config.baseUrl ?? address;
  const cleanup = setInterval(() => {
    tessera.stores.flows.deleteExpired(Date.now() - 3600_000).catch((err) => tessera.app.log.warn({ err }, 'flow cleanup failed'));
  }, 10 * 60_000);
  cleanup.unref();

  const lines = [`Tessera is running at ${base}  (${tessera.database.describe}${config.redisUrl ? ', Redis counters' : ''})`, `API docs: ${base}/docs   OpenAPI: ${base}/openapi.json`];
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
  const json = `-H 'content-type: application/json'`;
  return [
    '',
    `Demo account: ${DEMO.email} / ${DEMO.password} (SMS verification on ${DEMO.phone}; codes land in the dev outbox)`,
    'Walk through the journey:',
    `  1. FLOW=$(curl -s ${json} -d '{"kind":"connect","appId":"app.secure","device":{"name":"Laptop","platform":"linux"}}' ${base}/v1/flows | jq -r .flow.id)`,
    `  2. curl -s ${json} -d '{"step":"credentials","email":"${DEMO.email}","password":"${DEMO.password}"}' ${base}/v1/flows/$FLOW | jq .step`,
    `  3. curl -s ${base}/v1/dev/outbox | jq -r '.messages[0].body'        (or: npx tessera-server admin outbox list)`,
    `  4. curl -s ${json} -d '{"step":"second_factor","action":"verify","code":"<code>"}' ${base}/v1/flows/$FLOW | jq .result`,
    '  Three wrong passwords first and step 2 answers with an image code node (captcha).',
  ];
}
