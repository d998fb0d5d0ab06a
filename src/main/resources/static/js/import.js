// Import page: the upload button cannot be pressed twice while a large file is being sent.
(function () {
  'use strict';
  var form = document.getElementById('import-form');
  if (!form) {
    return;
  }
  form.addEventListener('submit', function () {
    var button = document.getElementById('import-upload');
    if (button) {
      button.disabled = true;
      button.setAttribute('aria-busy', 'true');
    }
  });
})();
