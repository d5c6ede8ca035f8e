// Two instances behind a real nginx that hashes the `tessera-device` header the SDK sends, configured as the README
// says: each device comes back to the instance that kept its answer, so after its first check-in (a re-issue, whose
// answer is kept) every check-in is answered from memory. PostgreSQL (the instances share it), Debian's nginx.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DEVICE_AFFINITY_HEADER } from '@tessera/protocol';
import { postgresUrl } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { connected, person, type App } from './check-in-support.js';

const NGINX = '/usr/sbin/nginx';
const hasNginx = spawnSync(NGINX, ['-v']).status === 0;
const APPS = 11; // odd: a balancer taking turns would send each app to the other instance every round
const CHECK_INS = 4;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function listening(s: TestServer): Promise<number> {
  await s.tessera.app.listen({ host: '127.0.0.1', port: 0 });
  return (s.tessera.app.server.address() as AddressInfo).port;
}

/** The README's upstream, in a configuration of its own (no daemon, every path in `dir`). */
function nginxConfig(dir: string, port: number, upstreams: number[]): string {
  return `daemon off;
master_process off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream tessera {
    hash $http_tessera_device consistent;
${upstreams.map((p) => `    server 127.0.0.1:${p};`).join('\n')}
    keepalive 8;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://tessera;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
    }
  }
}
`;
}

async function accepting(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

describe(
  'check-in behind nginx hashing the device header (postgres)',
  { skip: (!postgresUrl() && 'needs PostgreSQL') || (!hasNginx && 'needs nginx (.ci/run installs it)') },
  () => {
    let a: TestServer & { redisPrefix: string };
    let b: TestServer;
    let nginx: ChildProcess;
    let dir: string;
    let url: string;
    before(async () => {
      a = await startTestServer({ db: 'postgres' });
      b = await startTestServer({ db: 'postgres', clock: a.clock, shared: { db: a.db, redisPrefix: a.redisPrefix } });
      dir = mkdtempSync(join(tmpdir(), 'tessera-nginx-'));
      const port = await freePort();
      writeFileSync(join(dir, 'nginx.conf'), nginxConfig(dir, port, [await listening(a), await listening(b)]));
      nginx = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'inherit' });
      for (let i = 0; i < 500 && !(await accepting(port)); i++) await sleep(10);
      assert.ok(await accepting(port), 'nginx listens');
      url = `http://127.0.0.1:${port}`;
    });
    after(async () => {
      nginx?.kill();
      await b?.close();
      await a?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    /** A check-in as the SDK sends it, through nginx. */
    async function checkIn(app: App): Promise<void> {
      const response = await fetch(`${url}/v1/check-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [DEVICE_AFFINITY_HEADER]: app.deviceId },
        body: JSON.stringify({ credential: app.credential }),
      });
      const body = (await response.json()) as { deviceCredential: string };
      assert.equal(response.status, 200, JSON.stringify(body));
      app.credential = body.deviceCredential;
    }

    test(`${APPS} devices, ${CHECK_INS} check-ins each: one miss per device, every other check-in from memory`, async () => {
      const p = await person(a, 'balanced');
      const apps: App[] = [];
      for (let i = 0; i < APPS; i++) apps.push(await connected(a, p, `Device ${i}`));
      const stats = () => [a, b].map((s) => s.tessera.checkInCache.stats());
      const [a0, b0] = stats();
      for (let round = 0; round < CHECK_INS; round++) for (const app of apps) await checkIn(app);
      const [a1, b1] = stats();
      const misses = a1!.misses - a0!.misses + (b1!.misses - b0!.misses);
      const hits = a1!.hits - a0!.hits + (b1!.hits - b0!.hits);
      assert.equal(misses, APPS, 'each device missed once: its first check-in, which re-issued');
      assert.equal(hits, APPS * (CHECK_INS - 1));
    });
  },
);
