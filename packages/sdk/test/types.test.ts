// Runs the type tests: compiles types/public-api.ts against the public door (@tessera/sdk) with the repo's
// strict settings; any error, including an unused @ts-expect-error, fails the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../../../', import.meta.url));
// By way of test/: the same file whether this runs from test/ or from its build in dist-test/.
const file = fileURLToPath(new URL('../test/types/public-api.ts', import.meta.url));

test('the public API types: intended usage compiles, misuse does not', () => {
  const base = ts.getParsedCommandLineOfConfigFile(
    `${root}tsconfig.base.json`,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => assert.fail(ts.flattenDiagnosticMessageText(d.messageText, '\n')),
    },
  );
  assert.ok(base);
  const program = ts.createProgram([file], {
    ...base.options,
    noEmit: true,
    composite: false,
    declaration: false,
    declarationMap: false,
    sourceMap: false,
    // The package's sources rather than its build, so the test needs no `tsc -b` first.
    customConditions: ['tessera-source'],
  });
  const diagnostics = ts.getPreEmitDiagnostics(program);
  const text = ts.formatDiagnostics(diagnostics, {
    getCanonicalFileName: (f) => f,
    getCurrentDirectory: () => root,
    getNewLine: () => '\n',
  });
  assert.equal(diagnostics.length, 0, text);
  // Sanity: the file was really checked against the SDK's sources.
  assert.ok(program.getSourceFiles().some((f) => f.fileName.endsWith('packages/sdk/src/api.ts')));
});
