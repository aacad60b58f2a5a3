// Browser code, kept as text: the page is served from memory, so it works offline and needs no asset files.
/** The page script, part 5: a span's details (model input and output items, tool calls, usage, verdicts, errors). */
export const CLIENT_DETAILS = String.raw`function renderSpanDetails(span) {
  var data = span.span_data || {};
  var parts = [el('h2', null, spanLabel(span)), field('Span', span.id), field('Duration', formatDuration(spanDuration(span)))];
  if (span.error) parts.push(el('div', { class: 'error-box span-error' }, [
    el('strong', null, 'Error: '),
    span.error.message || 'error',
    span.error.data ? el('pre', null, prettyJson(span.error.data)) : null,
  ]));
  switch (data.type) {
    case 'agent':
      parts.push(field('Tools', (data.tools || []).join(', ') || 'none'));
      parts.push(field('Handoffs', (data.handoffs || []).join(', ') || 'none'));
      parts.push(field('Output type', data.output_type || 'text'));
      break;
    case 'response':
    case 'generation':
      parts.push(renderModelCall(data));
      break;
    case 'function':
      parts.push(field('Tool', data.name));
      parts.push(section('Arguments', el('pre', { class: 'code' }, data.input === undefined ? '(not recorded)' : prettyJson(data.input))));
      parts.push(section('Result', el('pre', { class: 'code' }, data.output === undefined ? '(not recorded)' : prettyJson(data.output))));
      break;
    case 'handoff':
      parts.push(field('From', data.from_agent || '?'));
      parts.push(field('To', data.to_agent || '?'));
      break;
    case 'guardrail':
      parts.push(field('Guardrail', data.name));
      parts.push(el('div', { class: data.triggered ? 'verdict tripped' : 'verdict passed' }, data.triggered ? 'Tripwire triggered' : 'Passed'));
      break;
    default:
      break;
  }
  parts.push(el('details', { class: 'raw' }, [el('summary', null, 'Raw span JSON'), el('pre', { class: 'code' }, prettyJson(span))]));
  return el('div', null, parts);
}

function field(name, value) {
  return el('div', { class: 'field' }, [el('span', { class: 'field-name' }, name), el('span', { class: 'field-value' }, value === undefined || value === null ? '' : String(value))]);
}

function section(title, body) {
  return el('div', { class: 'section' }, [el('h3', null, title), body]);
}

function renderModelCall(data) {
  var response = data._response || {};
  var usage = data.usage || response.usage;
  var input = data._input !== undefined ? data._input : data.input;
  var output = response.output !== undefined ? response.output : data.output;
  return el('div', null, [
    field('Model', data.model || response.model || ''),
    field('Response id', data.response_id || response.id || ''),
    usage ? renderUsage(usage) : null,
    section('Input', input === undefined ? el('p', { class: 'muted' }, '(not recorded)') : renderItems(input)),
    section('Output', output === undefined ? el('p', { class: 'muted' }, '(not recorded)') : renderItems(output)),
  ]);
}

function renderUsage(usage) {
  var inputDetails = usage.input_tokens_details || {};
  var outputDetails = usage.output_tokens_details || {};
  var cached = usage.cached_input_tokens !== undefined ? usage.cached_input_tokens : inputDetails.cached_tokens;
  var reasoning = usage.reasoning_tokens !== undefined ? usage.reasoning_tokens : outputDetails.reasoning_tokens;
  var total = usage.total_tokens !== undefined ? usage.total_tokens : (usage.input_tokens || 0) + (usage.output_tokens || 0);
  return el('table', { class: 'usage' }, [
    el('tr', null, [el('th', null, 'Input'), el('th', null, 'Cached'), el('th', null, 'Output'), el('th', null, 'Reasoning'), el('th', null, 'Total')]),
    el('tr', null, [usage.input_tokens, cached, usage.output_tokens, reasoning, total].map(function (value) {
      return el('td', { class: 'num' }, formatNumber(value || 0));
    })),
  ]);
}

function renderItems(items) {
  if (typeof items === 'string') return el('div', { class: 'item message role-user' }, [el('div', { class: 'item-head' }, 'user'), el('div', { class: 'text' }, items)]);
  if (!Array.isArray(items)) return el('pre', { class: 'code' }, prettyJson(items));
  return el('div', { class: 'items' }, items.map(renderItem));
}

function renderItem(item) {
  if (!item || typeof item !== 'object') return el('pre', { class: 'code' }, prettyJson(item));
  var type = item.type || (item.role ? 'message' : 'unknown');
  if (type === 'message') {
    return el('div', { class: 'item message role-' + String(item.role || '').replace(/[^a-z]/g, '') }, [
      el('div', { class: 'item-head' }, item.role || 'message'),
      el('div', { class: 'text' }, contentText(item.content)),
    ]);
  }
  if (type === 'function_call') {
    var handoff = /^transfer_to_/.test(item.name || '');
    return el('div', { class: 'item ' + (handoff ? 'handoff-call' : 'tool-call') }, [
      el('div', { class: 'item-head' }, (handoff ? 'Handoff call ' : 'Tool call ') + (item.name || '') + (item.call_id ? ' · ' + item.call_id : '')),
      el('pre', { class: 'code' }, prettyJson(item.arguments || '')),
    ]);
  }
  if (type === 'function_call_output' || type === 'function_call_result') {
    return el('div', { class: 'item tool-result' }, [
      el('div', { class: 'item-head' }, 'Tool result' + (item.call_id ? ' · ' + item.call_id : '')),
      el('pre', { class: 'code' }, typeof item.output === 'string' ? prettyJson(item.output) : contentText(item.output)),
    ]);
  }
  if (type === 'reasoning') {
    return el('div', { class: 'item reasoning' }, [
      el('div', { class: 'item-head' }, 'Reasoning'),
      el('div', { class: 'text' }, contentText(item.summary) || '(no summary)'),
    ]);
  }
  return el('div', { class: 'item other' }, [el('div', { class: 'item-head' }, type), el('pre', { class: 'code' }, prettyJson(item))]);
}

function contentText(content) {
  if (content === undefined || content === null) return '';
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return prettyJson(content);
  return content.map(function (part) {
    if (typeof part === 'string') return part;
    if (!part || typeof part !== 'object') return String(part);
    if (typeof part.text === 'string') return part.text;
    if (typeof part.refusal === 'string') return '[refusal] ' + part.refusal;
    if (part.type === 'input_image') return '[image]';
    if (part.type === 'input_file') return '[file]';
    return prettyJson(part);
  }).join('\n');
}
`;
