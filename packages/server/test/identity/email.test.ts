// Tests for email normalisation and masking.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { maskEmail, normalizeEmail } from '../../src/identity/email.js';

test('normalizeEmail trims, applies NFKC and lowercases the whole address', () => {
  assert.equal(normalizeEmail('  Alice.Liddell+tag@Example.COM \n'), 'alice.liddell+tag@example.com');
  assert.equal(normalizeEmail('\uFF41lice@example.com'), 'alice@example.com'); // fullwidth a
  assert.equal(normalizeEmail('jose\u0301@example.com'), 'jos\u00e9@example.com');
  assert.equal(normalizeEmail('user@b\u00fccher.de'), 'user@b\u00fccher.de');
});

test('normalizeEmail rejects implausible addresses', () => {
  const bad = [
    '',
    'alice',
    'alice@',
    '@example.com',
    'alice@example',
    'alice@@example.com',
    'a@b@example.com',
    'ali ce@example.com',
    'alice@exa mple.com',
    'alice\u0000@example.com',
    'ali\u200bce@example.com',
    'alice@.example.com',
    'alice@example..com',
    'alice@example.com.',
    'alice@-example.com',
    `${'a'.repeat(65)}@example.com`,
    `alice@${'d'.repeat(250)}.com`,
  ];
  for (const raw of bad) assert.equal(normalizeEmail(raw), undefined, JSON.stringify(raw));
  assert.equal(normalizeEmail(`${'a'.repeat(64)}@example.com`), `${'a'.repeat(64)}@example.com`);
});

test('maskEmail keeps the first character and the domain', () => {
  assert.equal(maskEmail('alice@example.com'), 'a\u2022\u2022\u2022@example.com');
  assert.equal(maskEmail('a@example.com'), 'a•••@example.com');
  assert.equal(maskEmail('\u{1F600}x@example.com'), '\u{1F600}•••@example.com');
  assert.equal(maskEmail('garbage'), '•••');
});
