// The portal's only script, served as a file (CSP: script-src 'self'). Everything works without it; it adds the
// resend countdown, guards against double submission, focuses error summaries, copies text, shows local times, and
// solves the proof-of-work captcha (without it, the person types the image code instead), and runs passkey ceremonies.
export const SCRIPT = `
(function () {
  'use strict';
  function countdowns() {
    document.querySelectorAll('button[data-available-in]').forEach(function (button) {
      var left = parseInt(button.getAttribute('data-available-in'), 10);
      if (!(left > 0)) return;
      var hint = document.getElementById(button.getAttribute('aria-describedby') || '');
      var template = hint ? hint.getAttribute('data-template') : null;
      var units = {};
      try { units = JSON.parse((hint && hint.getAttribute('data-units')) || '{}'); } catch (e) { units = {}; }
      var plural = new Intl.PluralRules(document.documentElement.lang || 'en');
      var label = button.textContent;
      // The protocol's formatWait: whole units rounded up, so the page never promises too early.
      function unit(key, n) {
        var forms = units[key] || ['{n}', '{n}'];
        return (plural.select(n) === 'one' ? forms[0] : forms[1]).replace('{n}', String(n));
      }
      function wait(s) {
        if (s < 60) return unit('s', s);
        if (s <= 3600) return s === 3600 ? unit('h', 1) : unit('m', Math.ceil(s / 60));
        var h = Math.floor(s / 3600), m = Math.ceil((s - h * 3600) / 60);
        if (m === 60) { h += 1; m = 0; }
        return m === 0 ? unit('h', h) : unit('h', h) + ' ' + unit('m', m);
      }
      function tick() {
        if (left <= 0) {
          button.disabled = false;
          button.textContent = label;
          if (hint) hint.hidden = true;
          return;
        }
        button.disabled = true;
        var words = wait(left);
        button.textContent = label + ' (' + words + ')';
        if (hint && template) hint.textContent = template.replace('{wait}', words);
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
  // SHA-256 in plain script: WebCrypto's digest() is asynchronous per call, which makes a proof of work some 20 times
  // slower, and exists only on HTTPS. Constants from the primes, as the standard defines them.
  var SHA = (function () {
    var primes = [];
    for (var c = 2; primes.length < 64; c++) {
      var prime = true;
      for (var d = 2; d * d <= c; d++) if (c % d === 0) { prime = false; break; }
      if (prime) primes.push(c);
    }
    var frac = function (x) { return ((x - Math.floor(x)) * 4294967296) | 0; };
    return { k: primes.map(function (p) { return frac(Math.cbrt(p)); }), h: primes.slice(0, 8).map(function (p) { return frac(Math.sqrt(p)); }) };
  })();
  var words = new Int32Array(64);
  var w = new Int32Array(64);
  var h = new Int32Array(8);
  // The hash of an ASCII string (up to 247 characters) as eight 32-bit words, in buffers reused from call to call.
  function sha256(text) {
    var n = text.length;
    var blocks = ((n + 8) >> 6) + 1;
    var m = words.subarray(0, blocks * 16);
    m.fill(0);
    for (var i = 0; i < n; i++) m[i >> 2] |= text.charCodeAt(i) << (24 - (i & 3) * 8);
    m[n >> 2] |= 0x80 << (24 - (n & 3) * 8);
    m[blocks * 16 - 1] = n * 8;
    h.set(SHA.h);
    for (var j = 0; j < m.length; j += 16) {
      for (var t = 0; t < 64; t++) {
        if (t < 16) { w[t] = m[j + t]; continue; }
        var x = w[t - 15];
        var y = w[t - 2];
        w[t] = (w[t - 16] + ((x >>> 7 | x << 25) ^ (x >>> 18 | x << 14) ^ (x >>> 3)) + w[t - 7] +
          ((y >>> 17 | y << 15) ^ (y >>> 19 | y << 13) ^ (y >>> 10))) | 0;
      }
      var a = h[0], b = h[1], c2 = h[2], d2 = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
      for (var r = 0; r < 64; r++) {
        var t1 = (k + ((e >>> 6 | e << 26) ^ (e >>> 11 | e << 21) ^ (e >>> 25 | e << 7)) + ((e & f) ^ (~e & g)) + SHA.k[r] + w[r]) | 0;
        var t2 = (((a >>> 2 | a << 30) ^ (a >>> 13 | a << 19) ^ (a >>> 22 | a << 10)) + ((a & b) ^ (a & c2) ^ (b & c2))) | 0;
        k = g; g = f; f = e; e = (d2 + t1) | 0; d2 = c2; c2 = b; b = a; a = (t1 + t2) | 0;
      }
      h[0] = (h[0] + a) | 0; h[1] = (h[1] + b) | 0; h[2] = (h[2] + c2) | 0; h[3] = (h[3] + d2) | 0;
      h[4] = (h[4] + e) | 0; h[5] = (h[5] + f) | 0; h[6] = (h[6] + g) | 0; h[7] = (h[7] + k) | 0;
    }
    return h;
  }
  // ALTCHA: find the number whose sha256(salt + number) is the challenge, a slice at a time so the page stays responsive.
  function solve(c) {
    var target = [];
    for (var i = 0; i < 8; i++) target.push(parseInt(c.challenge.slice(i * 8, i * 8 + 8), 16) | 0);
    return new Promise(function (resolve) {
      var n = 0;
      (function slice() {
        for (var end = Math.min(c.maxnumber, n + 5000); n <= end; n++) {
          var h = sha256(c.salt + n);
          if (h[0] === target[0] && h[1] === target[1] && h[2] === target[2] && h[3] === target[3] &&
            h[4] === target[4] && h[5] === target[5] && h[6] === target[6] && h[7] === target[7]) return resolve(n);
        }
        if (n > c.maxnumber) return resolve(null);
        setTimeout(slice, 0);
      })();
    });
  }
  function proofOfWork() {
    var box = document.querySelector('[data-pow]');
    if (!box) return;
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
  // Passkeys, through @simplewebauthn/browser (its own file): each ceremony fills a form's hidden fields, then posts it.
  function passkeys() {
    var W = window.SimpleWebAuthnBrowser;
    var able = !!(W && W.browserSupportsWebAuthn());
    function fail(box, form, text) {
      form.removeAttribute('data-submitted');
      form.removeAttribute('aria-busy');
      var note = box.querySelector('.passkey-error') || document.createElement('p');
      note.className = 'passkey-error field-error';
      note.setAttribute('role', 'alert');
      note.textContent = text || box.getAttribute('data-failed');
      box.appendChild(note);
    }
    function post(url) {
      // The header marks it as this page's own request (the API refuses a cookie-carried change a form could forge).
      var headers = { accept: 'application/json', 'x-requested-with': 'tessera-portal' };
      return fetch(url, { method: 'POST', credentials: 'same-origin', headers: headers })
        .then(function (r) { if (!r.ok) throw new Error('options ' + r.status); return r.json(); });
    }
    function ceremony(box, optionsUrl, run) {
      var form = box.closest('form');
      if (!form) return;
      box.hidden = false;
      form.addEventListener('submit', function (event) {
        if (form.elements.namedItem('credential').value !== '') return;
        event.preventDefault();
        post(optionsUrl).then(function (c) {
          return run({ optionsJSON: c.options }).then(function (credential) {
            form.elements.namedItem('challenge_id').value = c.challengeId;
            form.elements.namedItem('credential').value = JSON.stringify(credential);
            form.submit();
          });
        }).catch(function () { fail(box, form); });
      });
    }
    document.querySelectorAll('[data-passkey-unsupported]').forEach(function (el) { el.hidden = able; });
    if (!able) return;
    var register = document.querySelector('[data-passkey-register]');
    if (register) ceremony(register, '/v1/account/passkeys/options', W.startRegistration);
    var signIn = document.querySelector('[data-passkey-sign-in]');
    if (signIn) ceremony(signIn, '/v1/passkeys/sign-in/options', W.startAuthentication);
    // The second factor: the options came with the step; the answer goes out with the "passkey" action.
    var options = document.querySelector('input[data-webauthn="get"]');
    if (options) {
      var form = options.closest('form');
      form.addEventListener('submit', function (event) {
        var submitter = event.submitter;
        var answer = form.elements.namedItem('assertion');
        if (!submitter || submitter.value !== 'passkey' || answer.value !== '') return;
        event.preventDefault();
        W.startAuthentication({ optionsJSON: JSON.parse(options.value) }).then(function (assertion) {
          answer.value = JSON.stringify(assertion);
          form.requestSubmit(submitter);
        }).catch(function () { fail(form, form, options.getAttribute('data-failed')); });
      });
    }
  }
  function ready() { countdowns(); submitOnce(); focusErrors(); copyButtons(); localTimes(); proofOfWork(); passkeys(); }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready); else ready();
})();
`;
