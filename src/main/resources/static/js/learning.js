// Learning forms: move focus to the error summary after a rejected form, so keyboard and screen-reader users hear
// what to fix first.
(function () {
  'use strict';
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
  }
})();
