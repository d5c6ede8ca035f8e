// The role→scope map the console checks (the same scopes as /admin/v1 tokens), and the near-miss codes the support
// desk looks up when a code read out over the phone fails its check.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OPERATOR_SCOPES, hasScope, rolesGranting, scopesOfRole } from '../../src/operators/index.js';
import { generateActivationCodes, nearbyCodes, parseActivationCode } from '../../src/licensing/index.js';

test('support reads everything and writes accounts and devices; licensing its own; admin everything', () => {
  const support = scopesOfRole('support');
  for (const scope of OPERATOR_SCOPES.filter((s) => s.endsWith(':read'))) assert.ok(hasScope(support, scope), scope);
  assert.deepEqual(
    OPERATOR_SCOPES.filter((s) => s.endsWith(':write') && hasScope(support, s)),
    ['accounts:write', 'devices:write'],
  );
  const licensing = scopesOfRole('licensing');
  for (const scope of ['subscriptions:write', 'codes:write', 'plans:write', 'statements:write'] as const)
    assert.ok(hasScope(licensing, scope), scope);
  for (const scope of ['accounts:write', 'devices:write', 'tokens:read', 'webhooks:read'] as const)
    assert.ok(!hasScope(licensing, scope), scope);
  assert.deepEqual(scopesOfRole('admin'), [...OPERATOR_SCOPES]);
  assert.deepEqual(rolesGranting('accounts:write'), ['support', 'admin']);
  assert.deepEqual(rolesGranting('codes:write'), ['licensing', 'admin']);
  assert.deepEqual(rolesGranting('tokens:write'), ['admin']);
  assert.deepEqual(rolesGranting('accounts:read'), ['support', 'licensing', 'admin']);
});

test('a code with one character misheard or two swapped has the real code among its neighbours', () => {
  for (const code of generateActivationCodes(20)) {
    const chars = code.replace(/-/g, '').split('');
    const wrong = [...chars];
    wrong[4] = chars[4] === 'K' ? 'M' : 'K';
    const swapped = [...chars];
    [swapped[9], swapped[10]] = [chars[10]!, chars[9]!];
    for (const typed of [wrong.join('').toLowerCase(), swapped.join('')]) {
      if (parseActivationCode(typed).ok) continue; // the same character swapped with itself
      assert.ok(nearbyCodes(typed).includes(code), `${typed} → ${code}`);
      for (const near of nearbyCodes(typed)) assert.ok(parseActivationCode(near).ok);
    }
    // A look-alike the alphabet leaves out (O for D) is the one wrong place.
    const lookAlike = [...chars];
    lookAlike[2] = 'O';
    if (chars[2] !== 'O') assert.ok(nearbyCodes(lookAlike.join('')).includes(code));
  }
  assert.deepEqual(nearbyCodes('too short'), []);
  assert.deepEqual(nearbyCodes('OOOOO-OOOOO-OOOOO-OOOOO'), [], 'two unknown places are too many to guess');
});
