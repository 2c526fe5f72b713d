// summit-outcomes warm server page: sends the pasted article to POST /extract (same origin) and shows the record.
// Offsets are code points (contract section 3), so the text is split with Array.from; DOM text nodes only.
(function () {
  var form = document.getElementById('try');
  var status = document.getElementById('status');
  var result = document.getElementById('result');
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    var body = { published: document.getElementById('published').value || null,
                 title: document.getElementById('title').value || null };
    body[document.getElementById('is-html').checked ? 'html' : 'text'] = document.getElementById('article').value;
    status.className = 'muted';
    status.textContent = 'extracting …';
    var t0 = performance.now();
    fetch('extract', { method: 'POST', headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: JSON.stringify(body) })
      .then(function (r) { return r.json().then(function (j) { return { ok: r.ok, status: r.status, json: j }; }); })
      .then(function (r) {
        if (!r.ok) { status.className = 'error'; status.textContent = r.status + ': ' + r.json.error; return; }
        status.textContent = 'done in ' + Math.round(performance.now() - t0) + ' ms';
        render(r.json);
      })
      .catch(function (e) { status.className = 'error'; status.textContent = 'request failed: ' + e; });
  });

  function render(rec) {
    var cps = Array.from(rec.text);
    var text = document.getElementById('text');
    text.textContent = '';
    var evidence = rec.relations.map(function (r) { return { start: r.evidence.start, end: r.evidence.end, id: r.id }; });
    var cuts = [];
    evidence.forEach(function (e) { cuts.push(e.start, e.end); });
    cuts.sort(function (a, b) { return a - b; });
    var seen = {};
    function pieces(into, from, to) {
      var a = from;
      while (a < to) {
        var b = to;
        for (var i = 0; i < cuts.length; i++) if (cuts[i] > a) { b = Math.min(cuts[i], to); break; }
        var piece = cps.slice(a, b).join('');
        var ids = evidence.filter(function (e) { return e.start <= a && a < e.end; }).map(function (e) { return e.id; });
        if (ids.length) {
          var s = el('span', 'ev', piece);
          s.setAttribute('data-relations', ids.join(' '));
          s.title = 'evidence of ' + ids.join(', ');
          var label = [];
          ids.forEach(function (id) { if (!seen[id]) { seen[id] = true; label.push(id); s.id = s.id || 'ev-' + id; } });
          if (label.length) s.setAttribute('data-label', label.join(' '));
          into.appendChild(s);
        } else {
          into.appendChild(document.createTextNode(piece));
        }
        a = b;
      }
    }
    var mentions = rec.entities.slice().sort(function (x, y) { return x.start - y.start || y.end - x.end; });
    var pos = 0;
    mentions.forEach(function (m) {
      if (m.start < pos) return; // overlapping mentions cannot nest: the first is kept
      pieces(text, pos, m.start);
      var span = el('span', 'ent t-' + m.type);
      span.setAttribute('data-type', m.type);
      span.setAttribute('data-id', m.id);
      span.title = m.id + ' ' + m.type + ': ' + (m.normalized || '');
      pieces(span, m.start, m.end);
      text.appendChild(span);
      pos = m.end;
    });
    pieces(text, pos, cps.length);
    var tbody = document.querySelector('#doc-relations tbody');
    tbody.textContent = '';
    rec.relations.forEach(function (r) {
      var tr = el('tr');
      tr.id = r.id;
      var idCell = el('td');
      var link = el('a', null, r.id);
      link.href = '#ev-' + r.id;
      idCell.appendChild(link);
      tr.appendChild(idCell);
      [r.type, r.action, r.modality, (r.parties || []).join(' '), r.object, r.date, r.place, r.speaker,
       r.confidence === null || r.confidence === undefined ? '' : Number(r.confidence).toFixed(3), r.rule]
        .forEach(function (v) { tr.appendChild(el('td', null, v === null || v === undefined ? '' : v)); });
      tbody.appendChild(tr);
    });
    document.getElementById('summary').textContent = rec.entities.length + ' entities, ' + rec.relations.length
      + ' outcome records' + (rec.warnings && rec.warnings.length ? '; warnings: ' + rec.warnings.join('; ') : '');
    document.getElementById('relations-heading').textContent = 'Outcome records (' + rec.relations.length + ')';
    document.getElementById('json').textContent = JSON.stringify(rec, null, 2);
    result.hidden = false;
  }
})();
