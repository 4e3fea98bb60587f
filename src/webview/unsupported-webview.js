// ES5 on purpose, loaded before the bundle: where Excel runs add-ins in Internet Explorer 11 or old Edge
// (EdgeHTML), the bundle (ES2020, React 18) cannot even parse, so this says why instead of a blank pane.
(function () {
  var MESSAGE =
    "QIPP needs Excel for Microsoft 365, Excel 2021 or later, or Excel on the web: this Excel runs add-ins in Internet Explorer or an old version of Edge, which cannot run it.";
  try {
    new Function("var a = {}; return a?.b ?? 1;");
    return;
  } catch (e) {
    // Optional chaining is ES2020: an engine without it cannot run the pane.
  }
  function show() {
    var p = document.createElement("p");
    p.setAttribute("role", "alert");
    p.style.cssText = "font: 14px 'Segoe UI', sans-serif; margin: 16px; color: #242424;";
    p.appendChild(document.createTextNode(MESSAGE));
    document.body.insertBefore(p, document.body.firstChild);
  }
  if (document.body) show();
  else document.addEventListener("DOMContentLoaded", show);
  // The ribbon's function file has no page: each command shows the sentence in a dialog and completes when
  // the dialog closes or after a short wait. Completing while the dialog is open would unload the page that
  // owns it (as src/commands/notify-office.ts does for the real notice).
  var NOTICE_OPEN_MS = 8000;
  function refuse(event) {
    var done = false;
    var timer = null;
    function complete(dialog) {
      if (done) return;
      done = true;
      if (timer !== null) clearTimeout(timer);
      try {
        if (dialog) dialog.close();
      } catch (e) {
        // already closed by the user
      }
      if (event && event.completed) event.completed();
    }
    try {
      var page = window.location.href.replace(/[^/]*$/, "unsupported.html");
      Office.context.ui.displayDialogAsync(page, { height: 25, width: 40, displayInIframe: true }, function (opened) {
        if (!opened || opened.status !== "succeeded") {
          complete(null);
          return;
        }
        var dialog = opened.value;
        timer = setTimeout(function () {
          complete(dialog);
        }, NOTICE_OPEN_MS);
        dialog.addEventHandler(Office.EventType.DialogEventReceived, function () {
          complete(null);
        });
      });
    } catch (e) {
      // No dialog API on this host: the command still completes.
      complete(null);
    }
  }
  window.validatePlans = refuse;
  window.buildRollups = refuse;
  // Office.js must be initialised before a command runs or a dialog opens: Office.onReady, or on the oldest
  // hosts an Office.initialize handler (https://learn.microsoft.com/office/dev/add-ins/develop/initialize-add-in).
  if (typeof Office !== "undefined") {
    if (Office.onReady) {
      Office.onReady(function () {
        if (Office.actions && Office.actions.associate) {
          Office.actions.associate("validatePlans", refuse);
          Office.actions.associate("buildRollups", refuse);
        }
      });
    } else {
      Office.initialize = function () {};
    }
  }
})();
