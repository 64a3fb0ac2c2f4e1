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

  // The optional drawn signature on the consent step: pointer strokes (finger, pen, mouse) kept as SVG path data of
  // whole numbers in a 400 x 150 box, in the hidden field the form posts; the server parses it and writes its own.
  // Without this file the box stays hidden and the typed name is the signature, as it is for keyboard users.
  function signaturePad(box) {
    var W = 400, H = 150, MAX_POINTS = 880;
    var canvas = box.querySelector('canvas');
    var field = box.querySelector('input[type="hidden"]');
    var clear = box.querySelector('button');
    var context = canvas.getContext('2d');
    var strokes = [];
    var current = null;
    box.hidden = false;
    canvas.width = W * 2;
    canvas.height = H * 2;
    context.scale(2, 2);
    function points() { return strokes.reduce(function (n, s) { return n + s.length; }, 0); }
    function at(event) {
      var r = canvas.getBoundingClientRect();
      return [Math.max(0, Math.min(W, Math.round((event.clientX - r.left) * W / r.width))),
              Math.max(0, Math.min(H, Math.round((event.clientY - r.top) * H / r.height)))];
    }
    function draw() {
      context.clearRect(0, 0, W, H);
      context.lineWidth = 2.5;
      context.lineCap = 'round';
      context.lineJoin = 'round';
      context.strokeStyle = window.getComputedStyle(canvas).color;
      strokes.forEach(function (stroke) {
        context.beginPath();
        stroke.forEach(function (p, i) { if (i === 0) { context.moveTo(p[0], p[1]); } else { context.lineTo(p[0], p[1]); } });
        context.stroke();
      });
    }
    function save() {
      field.value = strokes.filter(function (s) { return s.length > 1; }).map(function (stroke) {
        return stroke.map(function (p, i) { return (i === 0 ? 'M' : 'L') + p[0] + ' ' + p[1]; }).join('');
      }).join('');
    }
    (field.value.match(/[ML]\d+ \d+/g) || []).forEach(function (command) {
      var p = command.substring(1).split(' ').map(Number);
      if (command.charAt(0) === 'M') { strokes.push([p]); } else if (strokes.length) { strokes[strokes.length - 1].push(p); }
    });
    draw();
    canvas.addEventListener('pointerdown', function (event) {
      if (points() >= MAX_POINTS) { return; }
      event.preventDefault();
      canvas.setPointerCapture(event.pointerId);
      current = [at(event)];
      strokes.push(current);
    });
    canvas.addEventListener('pointermove', function (event) {
      if (!current || points() >= MAX_POINTS) { return; }
      var p = at(event), last = current[current.length - 1];
      if (Math.abs(p[0] - last[0]) + Math.abs(p[1] - last[1]) >= 2) {
        current.push(p);
        draw();
      }
    });
    function end() {
      if (!current) { return; }
      // A tap is a dot: a line one unit long, inside the box.
      if (current.length === 1) { current.push([current[0][0] < W ? current[0][0] + 1 : W - 1, current[0][1]]); }
      current = null;
      draw();
      save();
    }
    canvas.addEventListener('pointerup', end);
    canvas.addEventListener('pointercancel', end);
    clear.addEventListener('click', function () {
      strokes = [];
      current = null;
      field.value = '';
      draw();
    });
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
    document.querySelectorAll('[data-signature]').forEach(signaturePad);
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
