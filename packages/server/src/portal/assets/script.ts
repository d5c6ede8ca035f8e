// The portal's only script, served as a file (CSP: script-src 'self'). Everything works without it; it adds the
// resend countdown, guards against double submission, focuses error summaries, copies text, shows local times, and
// solves the proof-of-work captcha (without it, or without WebCrypto, the person types the image code instead).
export const SCRIPT = `
(function () {
  'use strict';
  function countdowns() {
    document.querySelectorAll('button[data-available-in]').forEach(function (button) {
      var left = parseInt(button.getAttribute('data-available-in'), 10);
      if (!(left > 0)) return;
      var hint = document.getElementById(button.getAttribute('aria-describedby') || '');
      var template = hint ? hint.getAttribute('data-template') : null;
      var label = button.textContent;
      function tick() {
        if (left <= 0) {
          button.disabled = false;
          button.textContent = label;
          if (hint) hint.hidden = true;
          return;
        }
        button.disabled = true;
        button.textContent = label + ' (' + left + ')';
        if (hint && template) hint.textContent = template.replace('{seconds}', String(left));
        left -= 1;
        setTimeout(tick, 1000);
      }
      tick();
    });
  }
  function submitOnce() {
    document.addEventListener('submit', function (event) {
      var form = event.target;
      if (!(form instanceof HTMLFormElement) || event.defaultPrevented) return;
      if (form.getAttribute('data-submitted') === 'true') { event.preventDefault(); return; }
      form.setAttribute('data-submitted', 'true');
      form.setAttribute('aria-busy', 'true');
    });
    // A page restored from the back-forward cache must accept a new submission.
    window.addEventListener('pageshow', function () {
      document.querySelectorAll('form[data-submitted]').forEach(function (form) {
        form.removeAttribute('data-submitted');
        form.removeAttribute('aria-busy');
      });
    });
  }
  function focusErrors() {
    var summary = document.querySelector('.error-summary');
    if (summary) summary.focus();
  }
  function copyButtons() {
    document.querySelectorAll('[data-copy]').forEach(function (button) {
      var source = document.getElementById(button.getAttribute('data-copy'));
      if (!source || !navigator.clipboard) return;
      button.hidden = false;
      button.addEventListener('click', function () {
        navigator.clipboard.writeText(source.textContent.trim()).then(function () {
          var label = button.textContent;
          button.textContent = button.getAttribute('data-copied') || label;
          setTimeout(function () { button.textContent = label; }, 2000);
        });
      });
    });
  }
  function localTimes() {
    var lang = document.documentElement.getAttribute('data-locale-tag') || undefined;
    document.querySelectorAll('time[data-local]').forEach(function (time) {
      var when = new Date(time.getAttribute('datetime'));
      if (isNaN(when.getTime())) return;
      var withTime = time.getAttribute('data-local') === 'datetime';
      time.textContent = withTime
        ? when.toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' })
        : when.toLocaleDateString(lang, { dateStyle: 'medium' });
    });
  }
  function hex(buffer) {
    return Array.prototype.map.call(new Uint8Array(buffer), function (b) { return (b < 16 ? '0' : '') + b.toString(16); }).join('');
  }
  // ALTCHA: find the number whose sha256(salt + number) is the challenge, hashing a batch at a time.
  function solve(c) {
    var encoder = new TextEncoder();
    function batch(from) {
      if (from > c.maxnumber) return Promise.resolve(null);
      var tries = [];
      for (var n = from; n <= Math.min(c.maxnumber, from + 499); n++) tries.push(n);
      return Promise.all(tries.map(function (n) { return crypto.subtle.digest('SHA-256', encoder.encode(c.salt + n)); }))
        .then(function (digests) {
          for (var i = 0; i < digests.length; i++) if (hex(digests[i]) === c.challenge) return tries[i];
          return batch(from + 500);
        });
    }
    return batch(0);
  }
  function proofOfWork() {
    var box = document.querySelector('[data-pow]');
    if (!box || !window.crypto || !crypto.subtle || !window.TextEncoder) return;
    var c = JSON.parse(box.getAttribute('data-pow'));
    var form = box.closest('form');
    var answer = form && form.elements.namedItem(c.field);
    if (!answer) return;
    var pending = false;
    var waiting;
    box.hidden = false;
    // A submission before the answer is ready waits for it rather than going out without one.
    form.addEventListener('submit', function (event) {
      if (answer.value !== '' || (event.submitter && event.submitter.value === 'new_challenge')) return;
      event.preventDefault();
      pending = true;
      waiting = event.submitter || undefined;
    });
    solve(c).then(function (number) {
      if (number === null) return;
      var payload = { algorithm: c.algorithm, challenge: c.challenge, number: number, salt: c.salt, signature: c.signature };
      answer.removeAttribute('maxlength');
      answer.value = btoa(JSON.stringify(payload));
      // The image is no longer needed: hide it, its box and its button, and say so.
      document.querySelectorAll('img.captcha, button[value="new_challenge"]').forEach(function (el) { el.hidden = true; });
      var field = answer.closest('.field');
      if (field) field.hidden = true;
      box.textContent = box.getAttribute('data-done');
      box.setAttribute('data-solved', 'true');
      if (pending) form.requestSubmit(waiting);
    });
  }
  function ready() { countdowns(); submitOnce(); focusErrors(); copyButtons(); localTimes(); proofOfWork(); }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready); else ready();
})();
`;
