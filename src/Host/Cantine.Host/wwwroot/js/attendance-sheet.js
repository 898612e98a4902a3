// Attendance sheet (issue #13): one tap per child, no reload, and no mark ever silently lost.
// Each tap becomes a mark with its own id (crypto.randomUUID), queued in order in memory and in localStorage (keyed by
// sheet), sent as JSON when the connection allows, retried on "online" and every 10 s; the server applies each id once.
// The page works without this file: a plain form with a radio group per child and "Valider la feuille".
(function () {
  "use strict";

  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });

  var form = document.querySelector("form[data-sheet]");
  if (!form) {
    return;
  }

  var storageKey = form.getAttribute("data-storage-key");
  var endpoint = form.getAttribute("data-endpoint");
  var tokenField = form.querySelector("input[name=__jeton]");
  var token = tokenField ? tokenField.value : "";
  var queueStatus = document.querySelector("[data-queue]");
  var queue = load();
  var sending = false;
  var failed = false;
  var signedOut = false;
  var validating = false;

  document.querySelectorAll("[data-js]").forEach(function (element) { element.hidden = false; });
  document.querySelectorAll("[data-nojs]").forEach(function (element) { element.hidden = true; });

  function load() {
    try {
      var stored = JSON.parse(window.localStorage.getItem(storageKey) || "[]");
      return Array.isArray(stored) ? stored : [];
    } catch (e) {
      return [];
    }
  }

  function save() {
    try {
      if (queue.length === 0) {
        window.localStorage.removeItem(storageKey);
      } else {
        window.localStorage.setItem(storageKey, JSON.stringify(queue));
      }
    } catch (e) {
      // Storage full or refused (private mode): the queue still lives in memory while the tab is open.
    }
  }

  function newId() {
    if (window.crypto && typeof window.crypto.randomUUID === "function") {
      return window.crypto.randomUUID();
    }
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) { return (b + 0x100).toString(16).slice(1); }).join("");
    return hex.slice(0, 8) + "-" + hex.slice(8, 12) + "-" + hex.slice(12, 16) + "-" + hex.slice(16, 20) + "-" + hex.slice(20);
  }

  function rowOf(childId) {
    return form.querySelector("li[data-child='" + childId + "']");
  }

  function present(status) { return status === "Present" || status === "PresentUnbooked"; }
  function absent(status) { return status === "Absent" || status === "AbsentJustified"; }

  function bump(name, delta) {
    var cell = document.querySelector("[data-count='" + name + "']");
    if (cell && delta !== 0) {
      cell.textContent = String(parseInt(cell.textContent, 10) + delta);
    }
  }

  // Moves the figures at the top by the difference between the child's old and new status.
  function recount(before, after) {
    bump("present", (present(after) ? 1 : 0) - (present(before) ? 1 : 0));
    bump("absent", (absent(after) ? 1 : 0) - (absent(before) ? 1 : 0));
    bump("unbooked", (after === "PresentUnbooked" ? 1 : 0) - (before === "PresentUnbooked" ? 1 : 0));
    bump("notmarked", (after === "NotMarked" ? 1 : 0) - (before === "NotMarked" ? 1 : 0));
  }

  function label(status) {
    return form.getAttribute("data-label-" + status.toLowerCase()) || status;
  }

  function reasonText(row, reason) {
    var option = row.querySelector("select[data-reason] option[value='" + reason + "']");
    return option ? option.textContent : reason;
  }

  // Shows a mark on its row: status, text, pressed buttons and the plain form's radio, without waiting for the server.
  function show(mark) {
    var row = rowOf(mark.child);
    if (!row) {
      return;
    }
    var before = row.getAttribute("data-status");
    var after = mark.kind === "Present"
      ? (row.getAttribute("data-booked") === "true" ? "Present" : "PresentUnbooked")
      : (mark.reason ? "AbsentJustified" : "Absent");
    row.setAttribute("data-status", after);
    recount(before, after);
    var text = label(after);
    if (mark.kind === "Absent" && mark.reason) {
      text += " : " + reasonText(row, mark.reason) + (mark.note ? " (" + mark.note + ")" : "");
    }
    row.querySelector("[data-status-text]").textContent = text;
    row.querySelectorAll("button[data-mark]").forEach(function (button) {
      button.setAttribute("aria-pressed", button.getAttribute("data-mark") === mark.kind ? "true" : "false");
    });
    var radio = row.querySelector("input[type=radio][value='" + mark.kind + "']");
    if (radio) {
      radio.checked = true;
    }
  }

  // Once the server has the mark, the plain form's "before" fields follow, so "Valider" does not send it again.
  function acknowledge(mark) {
    var row = rowOf(mark.child);
    if (!row) {
      return;
    }
    var set = function (suffix, value) {
      var field = row.querySelector("input[type=hidden][name$='." + suffix + "']");
      if (field) {
        field.value = value;
      }
    };
    set("StatutAvant", mark.kind);
    if (mark.kind === "Absent") {
      set("MotifAvant", mark.reason || "");
      set("NoteAvant", mark.note || "");
    }
  }

  function refuse(mark, message) {
    var row = rowOf(mark.child);
    if (row) {
      row.querySelector("[data-status-text]").textContent = form.getAttribute("data-text-refused").replace("{0}", message);
      row.classList.add("sheet-child-refused");
    }
  }

  function render() {
    if (!queueStatus) {
      return;
    }
    if (queue.length > 0) {
      var text = queueStatus.getAttribute("data-text-pending").replace("{0}", String(queue.length));
      if (failed) {
        text += ". " + queueStatus.getAttribute(signedOut ? "data-text-signedout" : "data-text-offline");
      }
      queueStatus.textContent = text;
      queueStatus.classList.add("sheet-queue-pending");
    } else {
      queueStatus.textContent = queueStatus.getAttribute("data-text-saved");
      queueStatus.classList.remove("sheet-queue-pending");
    }
  }

  function enqueue(mark) {
    queue.push(mark);
    save();
    show(mark);
    render();
    send();
  }

  function send() {
    if (sending || queue.length === 0) {
      return;
    }
    sending = true;
    var batch = queue.slice(0, 100);
    window.fetch(endpoint, {
      method: "POST",
      credentials: "same-origin",
      redirect: "manual",
      headers: { "Content-Type": "application/json", "RequestVerificationToken": token, "Accept": "application/json" },
      body: JSON.stringify({ marks: batch })
    }).then(function (response) {
      if (response.status === 422) {
        return response.json().then(function (body) {
          // The whole batch was refused (an unknown sheet): it will never be accepted, so it is shown, then dropped.
          batch.forEach(function (mark) { refuse(mark, body.error || ""); });
          return { outcomes: batch.map(function (mark) { return { id: mark.id }; }) };
        });
      }
      // A redirect (to sign in), 401, 403 or 400 (an antiforgery token from an ended session): the server answered, the
      // session did not; the marks stay queued until the agent signs in again and reopens the sheet.
      signedOut = response.type === "opaqueredirect" || response.status === 400 || response.status === 401 || response.status === 403;
      if (!response.ok || signedOut) {
        throw new Error("HTTP " + response.status);
      }
      return response.json();
    }).then(function (body) {
      var done = {};
      (body.outcomes || []).forEach(function (outcome) {
        done[String(outcome.id).toLowerCase()] = outcome;
      });
      queue = queue.filter(function (mark) {
        var outcome = done[String(mark.id).toLowerCase()];
        if (!outcome) {
          return true;
        }
        if (outcome.refusal) {
          refuse(mark, outcome.refusal);
        } else {
          acknowledge(mark);
        }
        return false;
      });
      failed = false;
      signedOut = false;
      sending = false;
      save();
      render();
      if (queue.length > 0) {
        send();
      } else if (validating) {
        form.submit();
      }
    }).catch(function (error) {
      if (!(error instanceof Error) || error.message.indexOf("HTTP ") !== 0) {
        signedOut = false;
      }
      failed = true;
      sending = false;
      validating = false;
      render();
    });
  }

  form.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-mark], button[data-justify]");
    if (!button) {
      return;
    }
    var row = button.closest("li[data-child]");
    var childId = row.getAttribute("data-child");
    if (button.hasAttribute("data-mark")) {
      var kind = button.getAttribute("data-mark");
      if (button.getAttribute("aria-pressed") === "true") {
        return;
      }
      var reason = kind === "Absent" ? row.querySelector("select[data-reason]").value : "";
      var note = kind === "Absent" ? row.querySelector("input[data-note]").value.trim() : "";
      if (reason === "Other" && !note) {
        reason = "";
      }
      enqueue({ id: newId(), child: childId, kind: kind, reason: reason || null, note: note || null });
      return;
    }
    var chosen = row.querySelector("select[data-reason]").value;
    var noteField = row.querySelector("input[data-note]");
    if (chosen === "Other" && !noteField.value.trim()) {
      row.querySelector("[data-status-text]").textContent = form.getAttribute("data-text-other");
      noteField.focus();
      return;
    }
    enqueue({ id: newId(), child: childId, kind: "Absent", reason: chosen || null, note: noteField.value.trim() || null });
  });

  // "Valider la feuille": the queue first, then the plain form (whose lines already match what the server has).
  form.addEventListener("submit", function (event) {
    if (queue.length === 0) {
      return;
    }
    event.preventDefault();
    validating = true;
    send();
  });

  window.addEventListener("online", send);
  window.setInterval(send, 10000);
  queue.forEach(show);
  render();
  send();
})();
