// Progressive enhancement only: every page works without this script.
(function () {
  'use strict';

  // Show a question only while the answer it depends on (on the same step) holds.
  function chosen(form, name) {
    var values = [];
    form.querySelectorAll('[name="' + name + '"]').forEach(function (input) {
      if ((input.type === 'checkbox' || input.type === 'radio') ? input.checked : input.value) {
        values.push(input.value);
      }
    });
    return values;
  }

  function refresh(form) {
    form.querySelectorAll('[data-when-question]').forEach(function (field) {
      var wanted = field.getAttribute('data-when-any').split(' ');
      var applies = chosen(form, field.getAttribute('data-when-question')).some(function (v) {
        return wanted.indexOf(v) >= 0;
      });
      field.hidden = !applies;
      var hint = field.querySelector('.hint');
      if (hint) { hint.hidden = true; }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form').forEach(function (form) {
      if (form.querySelector('[data-when-question]')) {
        refresh(form);
        form.addEventListener('change', function () { refresh(form); });
      }
    });
    var summary = document.getElementById('error-summary');
    if (summary) { summary.focus(); }
    openTarget();
    // Copy buttons for share links: shown only where this script runs.
    document.querySelectorAll('button.copy[data-copy]').forEach(function (button) {
      button.hidden = false;
      // Without a configured public address the server writes the link relative to this page.
      var field = document.getElementById(button.getAttribute('data-copy'));
      if (field && field.value.charAt(0) === '/') { field.value = new URL(field.value, window.location.href).href; }
      button.addEventListener('click', function () {
        var input = document.getElementById(button.getAttribute('data-copy'));
        input.select();
        var done = function () { button.firstChild.nodeValue = 'Copied'; };
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(input.value).then(done, function () { document.execCommand('copy'); done(); });
        } else {
          document.execCommand('copy');
          done();
        }
      });
    });
  });

  // A link to a collapsed section (or to something inside one) opens it.
  function openTarget() {
    var target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    for (var node = target; node; node = node.parentElement) {
      if (node.tagName === 'DETAILS') { node.open = true; }
    }
  }
  window.addEventListener('hashchange', openTarget);

  // Printing shows every section, open or not.
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('details').forEach(function (d) { d.open = true; });
  });
}());
