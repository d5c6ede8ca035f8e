#!/usr/bin/env node
// The tessera-server binary: runs the built server (npm install builds it).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write(
    'tessera-server is not built yet: run `npm install` (or `npm run build`) at the repository root.\n',
  );
  process.exit(70);
}
await import(entry.href);
