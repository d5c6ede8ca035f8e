// The documents generated from code, and what generates each: shared by `npm run docs` and the currency test.
import { describeConfig } from '../../src/config/index.js';
import { describeErrors } from '../../src/errors/index.js';

export const GENERATED_DOCS: Array<[string, () => string]> = [
  ['docs/configuration.md', describeConfig],
  ['docs/errors.md', describeErrors],
];
