// Activation codes: format, the check character (every substitution and adjacent transposition caught), forgiving parsing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  CODE_ALPHABET,
  codeFromValues,
  generateActivationCodes,
  hasValidCheck,
  parseActivationCode,
} from '../../src/licensing/index.js';

const FORMAT = new RegExp(`^[${CODE_ALPHABET}]{5}(-[${CODE_ALPHABET}]{5}){3}$`);
const first19 = fc.array(fc.integer({ min: 0, max: CODE_ALPHABET.length - 1 }), { minLength: 19, maxLength: 19 });
const chars = (code: string) => code.replace(/-/g, '');
const regroup = (flat: string) => flat.match(/.{5}/g)!.join('-');

test('the alphabet has 23 symbols and none of the look-alikes 0 O 1 I L 2 Z 5 S 8 B U V', () => {
  assert.equal(CODE_ALPHABET.length, 23);
  assert.equal(new Set(CODE_ALPHABET).size, 23);
  for (const ch of '0O1IL2Z5S8BUV') assert.ok(!CODE_ALPHABET.includes(ch), ch);
});

test('minted codes are XXXXX-XXXXX-XXXXX-XXXXX, distinct, and pass their own check', () => {
  const codes = generateActivationCodes(2000);
  assert.equal(new Set(codes).size, 2000);
  for (const code of codes) {
    assert.match(code, FORMAT);
    assert.ok(hasValidCheck(code), code);
    assert.deepEqual(parseActivationCode(code), { ok: true, canonical: code });
  }
  // Every symbol turns up in every random position (2000 × 19 draws): nothing is stuck or missing.
  const seen = new Set(codes.flatMap((c) => [...chars(c).slice(0, 19)]));
  assert.equal(seen.size, 23);
});

test('property: every single-character substitution is caught by the check character', () => {
  fc.assert(
    fc.property(first19, (values) => {
      const flat = chars(codeFromValues(values));
      for (let i = 0; i < flat.length; i++) {
        for (const other of CODE_ALPHABET) {
          if (other === flat[i]) continue;
          const typo = regroup(flat.slice(0, i) + other + flat.slice(i + 1));
          if (hasValidCheck(typo)) return false;
          assert.deepEqual(parseActivationCode(typo), { ok: false, code: 'ACTIVATION_CODE_TYPO' });
        }
      }
      return true;
    }),
    { numRuns: 200 },
  );
});

test('property: every adjacent transposition of two different characters is caught', () => {
  fc.assert(
    fc.property(first19, (values) => {
      const flat = chars(codeFromValues(values));
      for (let i = 0; i + 1 < flat.length; i++) {
        if (flat[i] === flat[i + 1]) continue;
        const swapped = flat.slice(0, i) + flat[i + 1] + flat[i] + flat.slice(i + 2);
        if (hasValidCheck(swapped)) return false;
        assert.equal(parseActivationCode(regroup(swapped)).ok, false);
      }
      return true;
    }),
    { numRuns: 500 },
  );
});

test('parsing forgives case, spaces, dashes, full-width forms and Cyrillic look-alikes', () => {
  const [code] = generateActivationCodes(1) as [string];
  const flat = chars(code);
  const variants = [
    code.toLowerCase(),
    flat,
    flat.toLowerCase(),
    ` ${code.replace(/-/g, ' ')} `,
    code.replace(/-/g, ' – '),
    code.replace(/-/g, '\u00A0'),
    flat.replace(/(.{4})/g, '$1 '),
    [...code].map((ch) => (ch === '-' ? 'ー' : String.fromCharCode(ch.charCodeAt(0) + 0xfee0))).join(''), // full width
    code.replace(/A/g, 'А').replace(/C/g, 'С').replace(/E/g, 'Е').replace(/K/g, 'К'), // Cyrillic
  ];
  for (const input of variants)
    assert.deepEqual(parseActivationCode(input), { ok: true, canonical: code }, JSON.stringify(input));
});

test('a code typed with a Vietnamese input method on (Telex or VNI) is read back', () => {
  // Values chosen so the code contains AA, DD and E followed by F: Telex turns those into Â, Đ and È.
  const code = codeFromValues([5, 5, 7, 7, 8, 9, 0, 1, 2, 3, 4, 10, 11, 12, 13, 14, 15, 16, 17]);
  assert.equal(chars(code).slice(0, 6), 'AADDEF');
  const telex = code.replace('AADDEF', 'ÂĐÈ');
  assert.deepEqual(parseActivationCode(telex), { ok: true, canonical: code });
  assert.deepEqual(parseActivationCode(telex.toLowerCase()), { ok: true, canonical: code });
  // VNI: A6 → Â.
  const vniCode = codeFromValues([5, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  assert.equal(chars(vniCode).slice(0, 2), 'A6');
  assert.deepEqual(parseActivationCode(vniCode.replace('A6', 'Â')), { ok: true, canonical: vniCode });
});

test('malformed: wrong length or foreign characters; typo: look-alikes the alphabet leaves out, or a failed check', () => {
  const [code] = generateActivationCodes(1) as [string];
  const malformed = [
    '',
    'hello',
    code.slice(0, -1),
    `${code}3`,
    code.replace(/.$/, '#'),
    code.replace(/^./, '!'),
    'x'.repeat(200),
  ];
  for (const input of malformed)
    assert.deepEqual(parseActivationCode(input), { ok: false, code: 'ACTIVATION_CODE_MALFORMED' }, input);
  for (const ch of 'O0I1L2Z5S8BUV') {
    assert.deepEqual(parseActivationCode(ch + code.slice(1)), { ok: false, code: 'ACTIVATION_CODE_TYPO' }, ch);
  }
  assert.deepEqual(parseActivationCode(42 as unknown as string), { ok: false, code: 'ACTIVATION_CODE_MALFORMED' });
});
