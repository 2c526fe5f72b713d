// summit-outcomes report: filtering, sorting, paging and CSV download of the relation table. No network access.
(function () {
  var table = document.getElementById('relations');
  if (!table) return;
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var pageSize = 100, page = 0, visible = rows;
  var f = {
    type: document.getElementById('f-type'), modality: document.getElementById('f-modality'),
    country: document.getElementById('f-country'), doc: document.getElementById('f-doc'), text: document.getElementById('f-text'),
    from: document.getElementById('f-from'), to: document.getElementById('f-to')
  };
  var info = document.getElementById('pager-info');
  // a record's date is ISO 8601: a day, a month, a year or a range start/end; it passes when it overlaps [from, to]
  function dateRange(d) {
    if (!d) return null;
    var parts = d.split('/');
    var lo = parts[0], hi = parts[parts.length - 1];
    function pad(x, end) { return x.length === 4 ? x + (end ? '-12-31' : '-01-01') : x.length === 7 ? x + (end ? '-31' : '-01') : x; }
    return [pad(lo, false), pad(hi, true)];
  }
  function matches(r) {
    if (f.type.value && r.dataset.type !== f.type.value) return false;
    if (f.modality.value && r.dataset.modality !== f.modality.value) return false;
    if (f.country.value && (' ' + r.dataset.parties + ' ').indexOf(' ' + f.country.value + ' ') < 0) return false;
    if (f.doc.value && r.dataset.doc !== f.doc.value) return false;
    if (f.text.value && r.textContent.toLowerCase().indexOf(f.text.value.toLowerCase()) < 0) return false;
    if (f.from.value || f.to.value) {
      var range = dateRange(r.dataset.date);
      if (!range) return false;
      if (f.from.value && range[1] < f.from.value) return false;
      if (f.to.value && range[0] > f.to.value) return false;
    }
    return true;
  }
  function render() {
    var pages = Math.max(1, Math.ceil(visible.length / pageSize));
    if (page >= pages) page = pages - 1;
    rows.forEach(function (r) { r.style.display = 'none'; });
    visible.slice(page * pageSize, (page + 1) * pageSize).forEach(function (r) { r.style.display = ''; });
    info.textContent = visible.length + ' relations, page ' + (page + 1) + ' of ' + pages;
  }
  function apply() { visible = rows.filter(matches); page = 0; render(); }
  Object.keys(f).forEach(function (k) { f[k].addEventListener('input', apply); f[k].addEventListener('change', apply); });
  document.getElementById('prev').addEventListener('click', function () { if (page > 0) { page--; render(); } });
  document.getElementById('next').addEventListener('click', function () { page++; render(); });

  // sorting: click a header; again to reverse. Text compares with numbers in order (R2 before R10).
  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
  headers.forEach(function (th, col) {
    th.tabIndex = 0;
    function sort() {
      var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
      headers.forEach(function (h) { h.setAttribute('aria-sort', 'none'); });
      th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
      rows.sort(function (a, b) { return dir * collator.compare(a.cells[col].textContent, b.cells[col].textContent); });
      rows.forEach(function (r) { tbody.appendChild(r); });
      visible = rows.filter(matches);
      render();
    }
    th.addEventListener('click', sort);
    th.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sort(); } });
  });

  // download: the rows that pass the filters (every page), in the current order, as RFC 4180 CSV
  function csvCell(s) {
    s = String(s);
    if (/^[=+\-@\t\r]/.test(s)) s = "'" + s; // a spreadsheet must not read a cell as a formula
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  document.getElementById('download').addEventListener('click', function () {
    var lines = [headers.map(function (h) { return csvCell(h.textContent); }).join(',')];
    visible.forEach(function (r) {
      lines.push(Array.prototype.map.call(r.cells, function (c) { return csvCell(c.textContent); }).join(','));
    });
    var blob = new Blob([lines.join('\r\n') + '\r\n'], { type: 'text/csv;charset=utf-8' });
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'relations-filtered.csv';
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 0);
  });
  apply();
})();
