// Data entry form: every cell saves when it is left, row/column/grand totals update as you type, Enter moves down,
// and a block pasted from a spreadsheet (tab- and newline-separated) fills the cells to the right and below.
(function () {
  'use strict';
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
  }
  var grid = document.getElementById('entry-grid');
  if (!grid) {
    return;
  }
  var saveUrl = grid.getAttribute('data-save-url');

  function csrfHeaders() {
    var headers = {'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/json'};
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      headers[header.content] = token.content;
    }
    return headers;
  }

  function tableOf(cell) {
    return cell.closest('table');
  }

  function cellAt(table, row, col) {
    return table.querySelector('.cell[data-row="' + row + '"][data-col="' + col + '"]');
  }

  function number(text) {
    var t = (text || '').trim();
    if (t === '' || !/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) {
      return null;
    }
    return parseFloat(t);
  }

  function format(value, any) {
    if (!any) {
      return '';
    }
    return String(Math.round(value * 1e6) / 1e6);
  }

  // Sums the numeric cells of one table into its <output> cells; a total of no values stays empty.
  function updateTotals(table) {
    if (!table || table.getAttribute('data-totals') !== 'true') {
      return;
    }
    var rows = {}, cols = {}, grand = 0, anyGrand = false;
    table.querySelectorAll('.cell').forEach(function (cell) {
      var v = number(cell.value);
      if (v === null) {
        return;
      }
      var r = cell.getAttribute('data-row'), c = cell.getAttribute('data-col');
      rows[r] = (rows[r] || 0) + v;
      cols[c] = (cols[c] || 0) + v;
      grand += v;
      anyGrand = true;
    });
    table.querySelectorAll('output[data-total="row"]').forEach(function (out) {
      var r = out.getAttribute('data-row');
      out.value = format(rows[r] || 0, rows.hasOwnProperty(r));
    });
    table.querySelectorAll('output[data-total="col"]').forEach(function (out) {
      var c = out.getAttribute('data-col');
      out.value = format(cols[c] || 0, cols.hasOwnProperty(c));
    });
    table.querySelectorAll('output[data-total="grand"]').forEach(function (out) {
      out.value = format(grand, anyGrand);
    });
  }

  function statusOf(cell) {
    return document.getElementById(cell.id + '-status');
  }

  function noteField(cell, role) {
    var td = cell.closest('td');
    return td ? td.querySelector('[data-role="' + role + '"]') : null;
  }

  function showResult(cell, ok, message) {
    var status = statusOf(cell);
    cell.classList.remove('saving');
    if (ok) {
      cell.classList.remove('invalid');
      cell.classList.add('saved');
      cell.removeAttribute('aria-invalid');
      if (status) {
        status.classList.remove('error-text');
        status.classList.add('saved-text');
      }
    } else {
      cell.classList.remove('saved');
      cell.classList.add('invalid');
      cell.setAttribute('aria-invalid', 'true');
      if (status) {
        status.classList.remove('saved-text');
        status.classList.add('error-text');
      }
    }
    if (status) {
      status.textContent = message;
    }
  }

  // Posts one cell (its value, comment and follow-up flag); the server answers {ok, message}.
  function save(cell) {
    if (cell.readOnly || cell.disabled) {
      return;
    }
    var comment = noteField(cell, 'comment');
    var followUp = noteField(cell, 'followup');
    var body = new URLSearchParams();
    body.append('dataSet', grid.getAttribute('data-data-set'));
    body.append('orgUnit', grid.getAttribute('data-org-unit'));
    body.append('period', grid.getAttribute('data-period'));
    body.append('dataElement', cell.getAttribute('data-element'));
    body.append('combo', cell.getAttribute('data-combo'));
    body.append('value', cell.value);
    body.append('comment', comment ? comment.value : '');
    body.append('followUp', followUp && followUp.checked ? 'true' : 'false');
    cell.classList.add('saving');
    fetch(saveUrl, {method: 'POST', headers: csrfHeaders(), body: body.toString(), credentials: 'same-origin'})
      .then(function (response) {
        return response.json().catch(function () {
          return {ok: false, message: grid.getAttribute('data-msg-failed') + ' (' + response.status + ')'};
        });
      })
      .then(function (result) {
        showResult(cell, result.ok === true, result.message || '');
      })
      .catch(function () {
        showResult(cell, false, grid.getAttribute('data-msg-failed'));
      });
  }

  function cells() {
    return Array.prototype.slice.call(grid.querySelectorAll('.cell'));
  }

  // Enter moves to the cell below; at the bottom of a column, to the next cell in reading order.
  function below(cell) {
    var table = tableOf(cell);
    var row = parseInt(cell.getAttribute('data-row'), 10);
    var next = cellAt(table, row + 1, cell.getAttribute('data-col'));
    if (next) {
      return next;
    }
    var all = cells();
    var i = all.indexOf(cell);
    return i >= 0 && i + 1 < all.length ? all[i + 1] : null;
  }

  function setValue(cell, text) {
    if (cell.tagName === 'SELECT') {
      var match = Array.prototype.some.call(cell.options, function (o) {
        return o.value === text;
      });
      if (!match) {
        showResult(cell, false, grid.getAttribute('data-msg-option'));
        return false;
      }
    }
    cell.value = text;
    return true;
  }

  grid.addEventListener('change', function (event) {
    var t = event.target;
    if (t.classList && t.classList.contains('cell')) {
      updateTotals(tableOf(t));
      save(t);
    }
  });

  grid.addEventListener('input', function (event) {
    var t = event.target;
    if (t.classList && t.classList.contains('cell')) {
      t.classList.remove('saved');
      updateTotals(tableOf(t));
    }
  });

  grid.addEventListener('keydown', function (event) {
    var t = event.target;
    if (event.key === 'Escape' && t.getAttribute && t.getAttribute('data-role')) {
      var open = t.closest('details');
      var owner = t.closest('td') ? t.closest('td').querySelector('.cell') : null;
      if (open && owner) {
        open.open = false;
        owner.focus();
      }
      return;
    }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && t.classList && t.classList.contains('cell')) {
      // Ctrl+Enter opens the cell's comment and follow-up editor (its "…" button is skipped by Tab)
      event.preventDefault();
      var note = t.closest('td') ? t.closest('td').querySelector('details.cell-note') : null;
      if (note) {
        note.open = true;
        noteField(t, 'comment').focus();
      }
      return;
    }
    if (event.key === 'Enter' && t.classList && t.classList.contains('cell')) {
      event.preventDefault();
      var next = below(t);
      if (next) {
        next.focus();
        if (next.select) {
          next.select();
        }
      } else {
        t.blur();
      }
    }
  });

  grid.addEventListener('paste', function (event) {
    var t = event.target;
    if (!(t.classList && t.classList.contains('cell')) || t.readOnly) {
      return;
    }
    var text = (event.clipboardData || window.clipboardData).getData('text');
    if (!text || (text.indexOf('\t') < 0 && text.indexOf('\n') < 0)) {
      return; // a single value: let the browser paste it, it is saved on change
    }
    event.preventDefault();
    var lines = text.replace(/\r\n?/g, '\n').split('\n');
    if (lines.length > 1 && lines[lines.length - 1] === '') {
      lines.pop();
    }
    var table = tableOf(t);
    var row0 = parseInt(t.getAttribute('data-row'), 10);
    var col0 = parseInt(t.getAttribute('data-col'), 10);
    lines.forEach(function (line, i) {
      line.split('\t').forEach(function (value, j) {
        var target = cellAt(table, row0 + i, col0 + j);
        if (target && !target.readOnly && !target.disabled && setValue(target, value.trim())) {
          save(target);
        }
      });
    });
    updateTotals(table);
  });

  grid.addEventListener('click', function (event) {
    var t = event.target;
    if (t.getAttribute && t.getAttribute('data-role') === 'save-note') {
      var td = t.closest('td');
      var cell = td ? td.querySelector('.cell') : null;
      if (cell) {
        save(cell);
        var details = t.closest('details');
        if (details) {
          details.open = false;
        }
        cell.focus();
      }
    }
  });

  grid.querySelectorAll('table[data-totals="true"]').forEach(updateTotals);
})();
