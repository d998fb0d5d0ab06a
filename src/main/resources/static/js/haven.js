// Haven page behaviour. No inline scripts: the content security policy allows only scripts served by Haven.
(function () {
  'use strict';
  // htmx requests carry the CSRF token from the page's meta tags.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });
  // Elements with data-confirm ask before submitting (e.g. retire, deactivate, delete).
  document.addEventListener('submit', function (event) {
    var message = event.target.getAttribute('data-confirm');
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  }, true);
  // Selects and inputs with data-autosubmit submit their form on change (filters).
  document.addEventListener('change', function (event) {
    if (event.target.hasAttribute && event.target.hasAttribute('data-autosubmit') && event.target.form) {
      event.target.form.requestSubmit();
    }
  });
  // Navigation menus: one open at a time; Escape or a click elsewhere closes them.
  function closeMenus(except) {
    document.querySelectorAll('.nav-group details[open]').forEach(function (d) {
      if (d !== except) { d.removeAttribute('open'); }
    });
  }
  document.addEventListener('toggle', function (event) {
    if (event.target.matches && event.target.matches('.nav-group details') && event.target.open) {
      closeMenus(event.target);
    }
  }, true);
  document.addEventListener('click', function (event) {
    if (!event.target.closest('.nav-group')) { closeMenus(null); }
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      var open = document.querySelector('.nav-group details[open]');
      if (open) { open.removeAttribute('open'); open.querySelector('summary').focus(); }
    }
  });
})();
