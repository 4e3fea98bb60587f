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
  // The ribbon's function file has no page: each command shows the sentence in a dialog, then completes.
  function refuse(event) {
    try {
      var page = window.location.href.replace(/[^/]*$/, "unsupported.html");
      Office.context.ui.displayDialogAsync(page, { height: 25, width: 40, displayInIframe: true });
    } catch (e) {
      // No dialog API on this host: the command still completes.
    }
    if (event && event.completed) event.completed();
  }
  window.validatePlans = refuse;
  window.buildRollups = refuse;
})();
