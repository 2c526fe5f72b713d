// summit-outcomes report: client-side filtering and paging of the relation table. No network access.
(function () {
  var table = document.getElementById('relations');
  if (!table) return;
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var pageSize = 100, page = 0, visible = rows;
  var f = {
    type: document.getElementById('f-type'), modality: document.getElementById('f-modality'),
    country: document.getElementById('f-country'), doc: document.getElementById('f-doc'), text: document.getElementById('f-text')
  };
  var info = document.getElementById('pager-info');
  function matches(r) {
    if (f.type.value && r.dataset.type !== f.type.value) return false;
    if (f.modality.value && r.dataset.modality !== f.modality.value) return false;
    if (f.country.value && (' ' + r.dataset.parties + ' ').indexOf(' ' + f.country.value + ' ') < 0) return false;
    if (f.doc.value && r.dataset.doc !== f.doc.value) return false;
    if (f.text.value && r.textContent.toLowerCase().indexOf(f.text.value.toLowerCase()) < 0) return false;
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
  apply();
})();
