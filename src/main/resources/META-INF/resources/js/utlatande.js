// The citation picker beside the tjänsteutlåtande editor: "Citera" inserts the code ([[5.3]]) at
// the cursor of the text field used last. Without JavaScript the codes can be typed by hand.
(function () {
  'use strict';
  var senaste = null;
  document.addEventListener('focusin', function (e) {
    if (e.target.matches && e.target.matches('textarea[data-avsnitt]')) {
      senaste = e.target;
    }
  });
  document.addEventListener('click', function (e) {
    var knapp = e.target.closest ? e.target.closest('button.citera') : null;
    if (!knapp) {
      return;
    }
    var falt = senaste || document.querySelector('textarea[data-avsnitt]');
    if (!falt) {
      return;
    }
    var kod = knapp.getAttribute('data-citat');
    var start = typeof falt.selectionStart === 'number' ? falt.selectionStart : falt.value.length;
    var slut = typeof falt.selectionEnd === 'number' ? falt.selectionEnd : start;
    var fore = falt.value.slice(0, start);
    var mellanrum = fore && !/\s$/.test(fore) ? ' ' : '';
    falt.value = fore + mellanrum + kod + falt.value.slice(slut);
    var plats = start + mellanrum.length + kod.length;
    falt.focus();
    falt.setSelectionRange(plats, plats);
    // The live preview listens for input on the form.
    falt.dispatchEvent(new Event('input', { bubbles: true }));
    var status = document.getElementById('citatstatus');
    if (status) {
      status.textContent = kod + ' infogat i ' + (falt.getAttribute('data-rubrik') || 'texten') + '.';
    }
  });
})();
