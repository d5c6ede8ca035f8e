// The documents generated from code, and what generates each: shared by `npm run docs` and the currency test.
import { describeConfig } from '../../src/config/index.js';
import { describeErrors } from '../../src/errors/index.js';
import { renderClientTypes } from '../ops/openapi-document.js';

export const GENERATED_DOCS: Array<[string, () => string | Promise<string>]> = [
  ['docs/configuration.md', describeConfig],
  ['docs/errors.md', describeErrors],
  ['examples/typed-client/api.d.ts', renderClientTypes],
];
