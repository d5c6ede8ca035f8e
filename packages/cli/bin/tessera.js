#!/usr/bin/env node
// The tessera binary: runs the built CLI (npm install builds it).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('tessera is not built yet: run `npm install` (or `npm run build`) at the repository root.\n');
  process.exit(70);
}
await import(entry.href);
