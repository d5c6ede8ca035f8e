// The portal's only script, served as a file (CSP: script-src 'self'). Everything works without it; it adds the
// resend countdown, guards against double submission, focuses error summaries, copies text, and shows local times.
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
      if (!(form instanceof HTMLFormElement)) return;
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
  function ready() { countdowns(); submitOnce(); focusErrors(); copyButtons(); localTimes(); }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready); else ready();
})();
`;
