// Regenerates docs/configuration.md and docs/errors.md from the config schema and the error catalog (`npm run docs`).
import { writeFileSync } from 'node:fs';
import { GENERATED_DOCS } from '../packages/server/test/docs/generated-docs.js';

for (const [file, render] of GENERATED_DOCS) {
  writeFileSync(new URL(`../${file}`, import.meta.url), await render());
  process.stdout.write(`wrote ${file}\n`);
}
