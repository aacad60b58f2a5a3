// Browser code, kept as text: the page is served from memory, so it works offline and needs no asset files.
/** The page script, part 1: DOM helpers (text only, never HTML parsing), fetching, formatting. */
export const CLIENT_CORE = String.raw`'use strict';
// Every text of a trace reaches the page through textContent or an attribute value, never through HTML parsing.
var SVG_NS = 'http://www.w3.org/2000/svg';

function el(tag, attrs, children) {
  var node = document.createElement(tag);
  setAttributes(node, attrs);
  appendChildren(node, children);
  return node;
}

function svg(tag, attrs, children) {
  var node = document.createElementNS(SVG_NS, tag);
  setAttributes(node, attrs);
  appendChildren(node, children);
  return node;
}

function setAttributes(node, attrs) {
  if (!attrs) return;
  Object.keys(attrs).forEach(function (name) {
    var value = attrs[name];
    if (value === undefined || value === null || value === false) return;
    if (name === 'onclick') node.addEventListener('click', value);
    else if (name === 'oninput') node.addEventListener('input', value);
    else if (name === 'onchange') node.addEventListener('change', value);
    else if (name === 'onkeydown') node.addEventListener('keydown', value);
    else node.setAttribute(name, String(value));
  });
}

function appendChildren(node, children) {
  if (children === undefined || children === null) return;
  if (!Array.isArray(children)) children = [children];
  children.forEach(function (child) {
    if (child === undefined || child === null || child === false) return;
    if (typeof child === 'string' || typeof child === 'number')
      node.appendChild(document.createTextNode(String(child)));
    else node.appendChild(child);
  });
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

function getJson(path) {
  return fetch(path, { headers: { Accept: 'application/json' } }).then(
    function (response) {
      if (!response.ok) throw new Error('HTTP ' + response.status);
      return response.json();
    },
  );
}

function formatDuration(ms) {
  if (ms === null || ms === undefined || !isFinite(ms)) return '…';
  if (ms < 1000) return Math.round(ms) + ' ms';
  if (ms < 60000) return (ms / 1000).toFixed(2) + ' s';
  return Math.floor(ms / 60000) + ' min ' + Math.round((ms % 60000) / 1000) + ' s';
}

function formatTime(iso) {
  if (!iso) return '';
  var date = new Date(iso);
  return isNaN(date.getTime()) ? iso : date.toLocaleString();
}

function formatNumber(value) {
  return typeof value === 'number' ? value.toLocaleString('en-US') : '0';
}

function prettyJson(value) {
  if (typeof value === 'string') {
    try {
      return JSON.stringify(JSON.parse(value), null, 2);
    } catch (error) {
      return value;
    }
  }
  try {
    return JSON.stringify(value, null, 2);
  } catch (error) {
    return String(value);
  }
}

function badge(text, kind) {
  return el('span', { class: 'badge badge-' + kind }, text);
}

function spanDuration(span) {
  var start = Date.parse(span.started_at || '');
  var end = Date.parse(span.ended_at || '');
  return isFinite(start) && isFinite(end) ? end - start : null;
}

function spanLabel(span) {
  var data = span.span_data || {};
  switch (data.type) {
    case 'agent':
      return 'Agent ' + (data.name || '');
    case 'response':
    case 'generation':
      return 'Model call' + (data.model ? ' · ' + data.model : '');
    case 'function':
      return 'Tool ' + (data.name || '');
    case 'handoff':
      return 'Handoff ' + (data.from_agent || '?') + ' → ' + (data.to_agent || '?');
    case 'guardrail':
      return 'Guardrail ' + (data.name || '');
    case 'custom':
      return data.name || 'custom';
    default:
      return data.type || 'span';
  }
}
`;
