// The configuration and error references in docs/ are what the schema and the catalog say today.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { GENERATED_DOCS } from './generated-docs.js';

for (const [file, render] of GENERATED_DOCS) {
  test(`${file} is current (run \`npm run docs\` after changing its source)`, async () => {
    const root = new URL('../../../../', import.meta.url);
    assert.equal(readFileSync(new URL(file, root), 'utf8'), await render());
  });
}
