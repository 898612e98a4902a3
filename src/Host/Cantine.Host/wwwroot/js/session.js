// RGAA 13.1 (ADR 0032): announce the end of the session before it comes, and extend it without reloading the page,
// so that nothing ticked or typed is lost. The server says how many seconds the session has left (data-seconds).
(function () {
  'use strict';
  var root = document.querySelector('[data-session-limit]');
  if (!root) {
    return;
  }

  var longestTimer = 2147483647; // setTimeout's limit (about 24 days): a "Se souvenir de moi" session needs no warning
  var dialog = root.querySelector('[role="alertdialog"]');
  var text = root.querySelector('[data-session-text]');
  var title = root.querySelector('[data-session-title]');
  var extend = root.querySelector('[data-session-extend]');
  var signIn = root.querySelector('[data-session-signin]');
  var status = root.querySelector('[data-session-status]');
  var warnSeconds = parseInt(root.getAttribute('data-warn'), 10);
  var timers = [];
  var returnTo = null;

  function clock(date) {
    return date.getHours() + '\u00a0h\u00a0' + String(date.getMinutes()).padStart(2, '0');
  }

  function say(message) {
    status.textContent = message;
  }

  function schedule(seconds) {
    timers.forEach(window.clearTimeout);
    timers = [];
    var endsAt = new Date(Date.now() + seconds * 1000);
    var warnIn = (seconds - warnSeconds) * 1000;
    if (seconds * 1000 > longestTimer) {
      return;
    }

    timers.push(window.setTimeout(function () { warn(endsAt); }, Math.max(0, warnIn)));
    timers.push(window.setTimeout(ended, seconds * 1000));
  }

  function warn(endsAt) {
    text.textContent = root.getAttribute('data-text-warning').replace('{0}', clock(endsAt));
    if (dialog.hidden) {
      returnTo = document.activeElement;
    }

    dialog.hidden = false;
    extend.focus();
  }

  function close() {
    dialog.hidden = true;
    if (returnTo && document.body.contains(returnTo) && returnTo.focus) {
      returnTo.focus();
    }

    returnTo = null;
  }

  function ended() {
    title.textContent = root.getAttribute('data-title-ended');
    text.textContent = root.getAttribute('data-text-ended');
    extend.hidden = true;
    signIn.hidden = false;
    if (dialog.hidden) {
      returnTo = document.activeElement;
      dialog.hidden = false;
    }

    signIn.focus();
  }

  extend.addEventListener('click', function () {
    var token = document.querySelector('input[name="__jeton"]');
    extend.disabled = true;
    window.fetch(root.getAttribute('data-url'), {
      method: 'POST',
      credentials: 'same-origin',
      redirect: 'manual',
      headers: { 'RequestVerificationToken': token ? token.value : '' },
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }

      return response.json();
    }).then(function (answer) {
      schedule(answer.seconds);
      close();
      say(root.getAttribute('data-text-extended').replace('{0}', clock(new Date(Date.now() + answer.seconds * 1000))));
    }).catch(function () {
      say(root.getAttribute('data-text-failed'));
    }).then(function () {
      extend.disabled = false;
    });
  });

  dialog.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && !extend.hidden) {
      close();
    }
  });

  schedule(parseInt(root.getAttribute('data-seconds'), 10));
}());
