// Browser code, kept as text: the page is served from memory, so it works offline and needs no asset files.
/** The page script, part 4: a trace page, its span tree and waterfall timeline. */
export const CLIENT_TRACE = String.raw`function renderTracePage(page) {
  clear(app.root);
  app.root.appendChild(el('div', { class: 'muted' }, 'Loading trace…'));
  refreshTrace(page);
}

function refreshTrace(page) {
  getJson('/api/traces/' + encodeURIComponent(page.id)).then(function (stored) {
    if (app.page !== page) return;
    page.trace = stored;
    drawTracePage(page);
  }, function (error) {
    if (app.page !== page) return;
    clear(app.root);
    app.root.appendChild(el('p', null, [el('a', { href: '#/' }, '← All traces')]));
    app.root.appendChild(el('div', { class: 'error-box' }, 'Trace not found (' + error.message + ').'));
  });
}

function drawTracePage(page) {
  var stored = page.trace;
  var root = app.root;
  clear(root);
  var trace = stored.trace || {};
  var total = Date.parse(stored.ended_at || '') - Date.parse(stored.started_at || '');
  var base = '#/traces/' + encodeURIComponent(stored.id);
  root.appendChild(el('p', null, el('a', { href: '#/' }, '← All traces')));
  root.appendChild(el('h1', null, [
    trace.workflow_name || stored.id,
    ' ',
    stored.in_progress ? badge('running', 'running') : null,
  ]));
  root.appendChild(el('div', { class: 'muted small' }, [
    stored.id,
    trace.group_id ? ' · group ' + trace.group_id : '',
    ' · ' + formatTime(stored.started_at),
    ' · ' + formatDuration(total),
    ' · ' + stored.spans.length + ' spans',
  ]));
  if (trace.metadata && Object.keys(trace.metadata).length > 0)
    root.appendChild(el('pre', { class: 'metadata' }, prettyJson(trace.metadata)));
  root.appendChild(el('nav', { class: 'tabs' }, [
    el('a', { href: base, class: page.tab === 'timeline' ? 'tab active' : 'tab' }, 'Timeline'),
    el('a', { href: base + '/graph', id: 'graph-tab', class: page.tab === 'graph' ? 'tab active' : 'tab' }, 'Agent graph'),
  ]));
  if (page.tab === 'graph') root.appendChild(drawAgentGraph(stored.spans));
  else root.appendChild(drawTimeline(page));
}

function orderSpans(spans) {
  var children = {};
  var ids = {};
  spans.forEach(function (span) {
    ids[span.id] = true;
  });
  spans.forEach(function (span) {
    var parent = span.parent_id && ids[span.parent_id] ? span.parent_id : '';
    (children[parent] = children[parent] || []).push(span);
  });
  var ordered = [];
  function visit(parent, depth) {
    (children[parent] || []).forEach(function (span) {
      ordered.push({ span: span, depth: depth });
      visit(span.id, depth + 1);
    });
  }
  visit('', 0);
  return ordered;
}

function drawTimeline(page) {
  var stored = page.trace;
  var rows = orderSpans(stored.spans);
  var start = Date.parse(stored.started_at || '');
  var end = Date.parse(stored.ended_at || '');
  rows.forEach(function (row) {
    var s = Date.parse(row.span.started_at || '');
    var e = Date.parse(row.span.ended_at || '');
    if (isFinite(s) && (!isFinite(start) || s < start)) start = s;
    if (isFinite(e) && (!isFinite(end) || e > end)) end = e;
  });
  var range = Math.max(1, end - start);
  var details = el('section', { class: 'details', id: 'span-details' }, el('p', { class: 'muted' }, 'Select a span to see what it did.'));
  var list = el('div', { class: 'spans' });
  rows.forEach(function (row) {
    var span = row.span;
    var data = span.span_data || {};
    var s = Date.parse(span.started_at || '');
    var e = Date.parse(span.ended_at || '');
    var left = isFinite(s) ? ((s - start) / range) * 100 : 0;
    var width = isFinite(s) && isFinite(e) ? Math.max(0.5, ((e - s) / range) * 100) : 100 - left;
    var classes = 'span-row kind-' + String(data.type || 'unknown').replace(/[^a-z_]/g, '');
    if (span.error) classes += ' has-error';
    if (data.type === 'guardrail' && data.triggered) classes += ' tripped';
    if (page.selected === span.id) classes += ' selected';
    var item = el('div', { class: classes, 'data-span-id': span.id, tabindex: '0', onclick: function () {
      page.selected = span.id;
      var previous = list.querySelector('.selected');
      if (previous) previous.classList.remove('selected');
      item.classList.add('selected');
      clear(details);
      details.appendChild(renderSpanDetails(span));
    }, onkeydown: function (event) {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        item.click();
      }
    } }, [
      el('div', { class: 'span-name' }, [
        el('span', { class: 'indent', 'data-depth': String(Math.min(row.depth, 12)) }),
        spanLabel(span),
        span.error ? badge('error', 'error') : null,
        data.type === 'guardrail' && data.triggered ? badge('tripped', 'tripwire') : null,
      ]),
      el('div', { class: 'span-bar-track' }, el('div', { class: 'span-bar', 'data-left': left.toFixed(2), 'data-width': width.toFixed(2) })),
      el('div', { class: 'span-time muted small' }, formatDuration(spanDuration(span))),
    ]);
    list.appendChild(item);
    if (page.selected === span.id) details.appendChild(renderSpanDetails(span));
  });
  if (page.selected && details.childNodes.length > 1) details.removeChild(details.firstChild);
  placeBars(list);
  return el('div', { class: 'timeline' }, [list, details]);
}

// Inline style attributes are blocked by the page's CSP; the CSSOM is not, so bar geometry is set here.
function placeBars(list) {
  Array.prototype.forEach.call(list.querySelectorAll('.span-bar'), function (bar) {
    bar.style.marginLeft = bar.getAttribute('data-left') + '%';
    bar.style.width = bar.getAttribute('data-width') + '%';
  });
  Array.prototype.forEach.call(list.querySelectorAll('.indent'), function (indent) {
    indent.style.width = Number(indent.getAttribute('data-depth')) * 14 + 'px';
  });
}
`;
