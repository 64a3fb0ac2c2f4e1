/* Intake form enhancements. The form works without this file: every question is then shown, and the body-map
   check boxes are ticked by hand. Loaded as an external file because the Content-Security-Policy forbids
   inline scripts. */
(function () {
  'use strict';

  // Questions that apply only after a particular answer (running distance only for runners).
  function conditionals(form) {
    form.querySelectorAll('[data-shown-when]').forEach(function (section) {
      var rule = section.getAttribute('data-shown-when').split('=');
      var inputs = form.querySelectorAll('input[name="' + rule[0] + '"]');
      function update() {
        var chosen = form.querySelector('input[name="' + rule[0] + '"]:checked');
        section.hidden = !(chosen && chosen.value === rule[1]);
      }
      inputs.forEach(function (input) { input.addEventListener('change', update); });
      update();
    });
  }

  // The body map: tapping a shape ticks or clears that place's box on that side; the boxes stay the source of truth.
  function bodyMap(area) {
    var boxes = area.querySelectorAll('input[name="pain.regions.left"], input[name="pain.regions.right"]');
    function box(code, side) {
      return area.querySelector('input[name="pain.regions.' + side + '"][value="' + code + '"]');
    }
    function shade() {
      area.querySelectorAll('.region').forEach(function (shape) {
        var b = box(shape.getAttribute('data-region'), shape.getAttribute('data-side'));
        shape.classList.toggle('selected', Boolean(b && b.checked));
      });
    }
    area.querySelectorAll('.region').forEach(function (shape) {
      shape.addEventListener('click', function () {
        var b = box(shape.getAttribute('data-region'), shape.getAttribute('data-side'));
        if (!b) { return; }
        b.checked = !b.checked;
        shade();
      });
    });
    boxes.forEach(function (input) { input.addEventListener('change', shade); });
    shade();
  }

  // A get-help-now answer shows the message at once; without this file the page shows it after Next.
  function emergencyNotice(form) {
    var notice = form.querySelector('[data-emergency-notice]');
    var group = form.querySelector('[data-emergency-questions]');
    if (!notice || !group) { return; }
    var shown = notice.querySelector('input[name="_emergencyShown"]');
    var byServer = !notice.hidden;
    function update() {
      var emergency = group.querySelector('input[type="radio"][value="yes"]:checked') !== null;
      notice.hidden = !(emergency || byServer);
      shown.value = notice.hidden ? '' : 'yes';
    }
    group.querySelectorAll('input[type="radio"]').forEach(function (input) {
      input.addEventListener('change', update);
    });
  }

  // One submission per click: a double tap must not send the intake twice (the server also refuses a second one).
  function submitOnce(form) {
    form.addEventListener('submit', function (event) {
      if (form.getAttribute('data-sent') === 'yes') {
        event.preventDefault();
        return;
      }
      form.setAttribute('data-sent', 'yes');
    });
  }

  // On a clinic tablet, answers left alone for 10 minutes are cleared, after a warning at 9.
  function kioskIdle() {
    var warning = document.getElementById('idle-warning');
    var warnTimer, resetTimer;
    function restart() {
      clearTimeout(warnTimer);
      clearTimeout(resetTimer);
      if (warning) { warning.hidden = true; }
      warnTimer = setTimeout(function () { if (warning) { warning.hidden = false; } }, 9 * 60 * 1000);
      // "auto": the tablet's own request, which does not count as staff activity (the sign-in still times out).
      var target = (warning && warning.getAttribute('data-idle-return')) || '/kiosk?auto';
      resetTimer = setTimeout(function () { window.location.assign(target); }, 10 * 60 * 1000);
    }
    ['pointerdown', 'keydown', 'input', 'scroll'].forEach(function (name) {
      document.addEventListener(name, restart, { passive: true });
    });
    restart();
  }

  // A kiosk's thank-you page goes back to a blank form by itself; every touch gives the reader more time.
  function returnAfter(marker) {
    var seconds = parseInt(marker.getAttribute('data-return-after'), 10);
    var target = marker.getAttribute('data-return-to');
    var timer;
    function restart() {
      clearTimeout(timer);
      timer = setTimeout(function () { window.location.assign(target); }, seconds * 1000);
    }
    ['pointerdown', 'keydown', 'scroll'].forEach(function (name) {
      document.addEventListener(name, restart, { passive: true });
    });
    restart();
  }

  // A page restored from the back/forward cache is the old document, answers and all: fetch it again instead
  // (pages are served no-store, so the server decides what the next person sees).
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
      document.documentElement.hidden = true;
      window.location.reload();
    }
  });

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form.intake-form').forEach(function (form) {
      conditionals(form);
      emergencyNotice(form);
      submitOnce(form);
    });
    document.querySelectorAll('[data-body-map]').forEach(bodyMap);
    document.querySelectorAll('[data-copy]').forEach(function (button) {
      var field = document.getElementById(button.getAttribute('data-copy'));
      var status = document.getElementById('copy-status');
      button.hidden = false;
      button.addEventListener('click', function () {
        function done() { if (status) { status.textContent = status.getAttribute('data-copied'); } }
        field.select();
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(field.value).then(done, function () { document.execCommand('copy'); done(); });
        } else {
          document.execCommand('copy');
          done();
        }
      });
    });
    document.querySelectorAll('[data-print]').forEach(function (button) {
      button.hidden = false;
      button.addEventListener('click', function () { window.print(); });
    });
    var summary = document.getElementById('error-summary');
    if (summary) { summary.focus(); }
    var marker = document.querySelector('[data-return-after]');
    if (marker) {
      returnAfter(marker);
    } else if (document.body.classList.contains('kiosk')) {
      kioskIdle();
    }
  });
}());
