// Texts the portal shows: plural forms by the page language's rules, and the country list with its guess.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { M, pluralTemplate, translate } from '@tessera/protocol';
import { countryFromLanguages, countryOptions, isCountryCode } from '../../src/identity/index.js';
import { portalText } from '../../src/portal/catalog.js';

describe('portal texts', () => {
  test('a number is said with its plural form, in English and Vietnamese', () => {
    assert.equal(translate(M.ERR_RESEND_COOLDOWN, 'en', { seconds: 1 }), 'Wait 1 second before asking for a new code.');
    assert.equal(
      translate(M.ERR_RESEND_COOLDOWN, 'en', { seconds: 2 }),
      'Wait 2 seconds before asking for a new code.',
    );
    assert.equal(translate(M.ERR_RESEND_COOLDOWN, 'vi', { seconds: 1 }), 'Hãy đợi 1 giây trước khi yêu cầu mã mới.');
    assert.equal(
      portalText('privacy.delete.intro', 'en', { days: 1 }).startsWith('Your account is deleted 1 day after'),
      true,
    );
    // The countdown's script fills the wait in itself, from the template and one unit template per plural form.
    assert.equal(translate(M.INFO_RESEND_AVAILABLE_IN, 'en'), 'You can ask for a new code in {wait}.');
    assert.equal(pluralTemplate(translate(M.UNIT_MINUTES, 'en'), 'one'), '{n} minute');
    assert.equal(pluralTemplate(translate(M.UNIT_MINUTES, 'en'), 'other'), '{n} minutes');
    assert.equal(pluralTemplate(translate(M.UNIT_HOURS, 'vi'), 'other'), '{n} giờ');
  });

  test('countries: ISO codes only, named and sorted in the language, guessed from Accept-Language', () => {
    assert.equal(isCountryCode('VN'), true);
    assert.equal(isCountryCode('XZ'), false);
    const vi = countryOptions('vi');
    assert.equal(vi.find((o) => o.value === 'VN')?.label, 'Việt Nam');
    const labels = vi.map((o) => o.label);
    assert.deepEqual(labels, [...labels].sort(new Intl.Collator('vi').compare));
    assert.equal(countryFromLanguages('vi'), 'VN');
    assert.equal(countryFromLanguages('en-GB,en;q=0.8'), 'GB');
    assert.equal(countryFromLanguages('fr;q=0.5,vi-VN'), 'VN');
    assert.equal(countryFromLanguages('de'), 'DE');
    assert.equal(countryFromLanguages('*'), undefined);
    assert.equal(countryFromLanguages(undefined), undefined);
  });
});
