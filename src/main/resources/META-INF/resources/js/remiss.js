// Remiss's only script. Kept in a file (no inline script or handler attributes) so that the
// Content-Security-Policy can forbid inline code.
(function () {
  'use strict';

  // With script, the menu folds behind its button on narrow screens (see .js in remiss.css); without,
  // it simply stays open.
  document.documentElement.classList.add('js');
  document.addEventListener('click', function (e) {
    var knapp = e.target.closest ? e.target.closest('.menyknapp') : null;
    if (!knapp) { return; }
    var oppen = knapp.getAttribute('aria-expanded') === 'true';
    knapp.setAttribute('aria-expanded', oppen ? 'false' : 'true');
    var meny = document.getElementById(knapp.getAttribute('aria-controls'));
    if (meny) { meny.classList.toggle('oppen', !oppen); }
  });

  // htmx requests carry the session's CSRF token, which the layout puts in a meta tag.
  document.addEventListener('htmx:configRequest', function (e) {
    var meta = document.querySelector('meta[name="csrf-token"]');
    if (meta && meta.content) { e.detail.headers['X-CSRF-Token'] = meta.content; }
  });

  // After a failed submit the first field marked invalid (the form tags in templates/tags/ set
  // aria-invalid) takes the focus, so that keyboard and screen reader users start at the first correction.
  document.addEventListener('DOMContentLoaded', function () {
    var forstaFelet = document.querySelector('[aria-invalid="true"]');
    if (forstaFelet) { forstaFelet.focus(); }
  });

  // Filters marked data-skicka-vid-andring submit their form as soon as they change.
  document.addEventListener('change', function (e) {
    var falt = e.target;
    if (falt.matches && falt.matches('[data-skicka-vid-andring]') && falt.form) { falt.form.requestSubmit(); }
  });

  // After htmx has swapped in a programme section: mark it in the tree, and let the filter form keep it.
  document.addEventListener('htmx:afterRequest', function (e) {
    var lank = e.detail.elt;
    var trad = lank && lank.closest ? lank.closest('.avsnittstrad') : null;
    if (!trad || !e.detail.successful) { return; }
    trad.querySelectorAll('[aria-current]').forEach(function (a) { a.removeAttribute('aria-current'); });
    lank.setAttribute('aria-current', 'true');
    var falt = document.getElementById('filter-avsnitt');
    if (falt) { falt.value = lank.dataset.nyckel; }
  });
})();
