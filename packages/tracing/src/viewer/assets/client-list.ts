// Browser code, kept as text: the page is served from memory, so it works offline and needs no asset files.
/** The page script, part 3: the trace list with search and filters. */
export const CLIENT_LIST = String.raw`function renderListPage() {
  var root = app.root;
  clear(root);
  var search = el('input', {
    type: 'search',
    id: 'search',
    placeholder: 'Search workflow, agent, id, metadata…',
    value: app.listQuery.q,
    oninput: function () {
      app.listQuery.q = search.value;
      refreshList();
    },
  });
  var status = el('select', {
    id: 'status',
    onchange: function () {
      app.listQuery.status = status.value;
      refreshList();
    },
  }, [
    el('option', { value: '' }, 'All traces'),
    el('option', { value: 'error' }, 'With errors'),
    el('option', { value: 'tripwire' }, 'Guardrail tripped'),
    el('option', { value: 'ok' }, 'Clean'),
    el('option', { value: 'running' }, 'Running'),
  ]);
  status.value = app.listQuery.status;
  root.appendChild(el('div', { class: 'toolbar' }, [search, status, el('span', { id: 'count', class: 'muted' })]));
  root.appendChild(el('table', { class: 'traces' }, [
    el('thead', null, el('tr', null, [
      el('th', null, 'Workflow'),
      el('th', null, 'Started'),
      el('th', null, 'Duration'),
      el('th', null, 'Agents'),
      el('th', { class: 'num' }, 'Tokens'),
      el('th', null, ''),
    ])),
    el('tbody', { id: 'trace-rows' }),
  ]));
  refreshList();
}

function refreshList() {
  var params = new URLSearchParams();
  if (app.listQuery.q) params.set('q', app.listQuery.q);
  if (app.listQuery.status) params.set('status', app.listQuery.status);
  params.set('limit', '200');
  var page = app.page;
  getJson('/api/traces?' + params.toString()).then(function (list) {
    if (app.page !== page) return;
    var rows = document.getElementById('trace-rows');
    if (!rows) return;
    clear(rows);
    list.traces.forEach(function (trace) {
      rows.appendChild(traceRow(trace));
    });
    if (list.traces.length === 0)
      rows.appendChild(el('tr', null, el('td', { colspan: '6', class: 'muted' }, 'No traces yet. Run an agent with the local store on, and its trace appears here.')));
    var count = document.getElementById('count');
    if (count) count.textContent = list.total + (list.total === 1 ? ' trace' : ' traces');
  }, showError);
}

function traceRow(trace) {
  var usage = trace.usage || {};
  var flags = [];
  if (trace.in_progress) flags.push(badge('running', 'running'));
  if (trace.error) flags.push(badge('error', 'error'));
  if (trace.tripwire) flags.push(badge('tripwire', 'tripwire'));
  var link = el('a', { href: '#/traces/' + encodeURIComponent(trace.id) }, trace.workflow_name || trace.id);
  return el('tr', { class: 'trace-row', 'data-trace-id': trace.id, onclick: function (event) {
    if (event.target !== link) location.hash = link.getAttribute('href');
  } }, [
    el('td', null, [link, el('div', { class: 'muted small' }, trace.id)]),
    el('td', null, formatTime(trace.started_at)),
    el('td', null, trace.in_progress ? 'running' : formatDuration(trace.duration_ms)),
    el('td', null, trace.agents.join(', ')),
    el('td', { class: 'num', title: 'input ' + formatNumber(usage.input_tokens) + ' · output ' + formatNumber(usage.output_tokens) }, formatNumber(usage.total_tokens)),
    el('td', null, flags),
  ]);
}

function showError(error) {
  var box = el('div', { class: 'error-box' }, 'Could not load: ' + (error && error.message ? error.message : String(error)));
  app.root.insertBefore(box, app.root.firstChild);
  setTimeout(function () {
    if (box.parentNode) box.parentNode.removeChild(box);
  }, 4000);
}
`;
