// Browser code, kept as text: the page is served from memory, so it works offline and needs no asset files.
/** The page script, part 2: routing between the list and a trace, and the live feed. */
export const CLIENT_APP = String.raw`var app = {
  root: null,
  page: null,
  events: null,
  refreshTimer: null,
  listQuery: { q: '', status: '' },
};

function route() {
  var hash = location.hash || '#/';
  var match = /^#\/traces\/([^/?]+)(?:\/(graph))?$/.exec(hash);
  if (match) {
    app.page = { name: 'trace', id: decodeURIComponent(match[1]), tab: match[2] || 'timeline' };
    renderTracePage(app.page);
  } else {
    app.page = { name: 'list' };
    renderListPage();
  }
}

function scheduleRefresh(summary) {
  var page = app.page;
  if (!page) return;
  if (page.name === 'trace' && page.id !== summary.id) return;
  clearTimeout(app.refreshTimer);
  app.refreshTimer = setTimeout(function () {
    if (app.page !== page) return;
    if (page.name === 'list') refreshList();
    else refreshTrace(page);
  }, 150);
}

function connectEvents() {
  if (typeof EventSource === 'undefined') return;
  app.events = new EventSource('/api/events');
  app.events.addEventListener('ready', function () {
    document.body.setAttribute('data-live', 'on');
  });
  app.events.addEventListener('trace', function (event) {
    var summary;
    try {
      summary = JSON.parse(event.data);
    } catch (error) {
      return;
    }
    scheduleRefresh(summary);
  });
  app.events.addEventListener('error', function () {
    document.body.setAttribute('data-live', 'off');
  });
}

document.addEventListener('DOMContentLoaded', function () {
  app.root = document.getElementById('app');
  window.addEventListener('hashchange', route);
  connectEvents();
  route();
});
`;
