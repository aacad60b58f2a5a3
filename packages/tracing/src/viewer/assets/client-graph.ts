// Browser code, kept as text: the page is served from memory, so it works offline and needs no asset files.
/** The page script, part 6: the agent graph of a trace, laid out by handoff depth and drawn as SVG. */
export const CLIENT_GRAPH = String.raw`function agentGraphModel(spans) {
  var byId = {};
  spans.forEach(function (span) {
    byId[span.id] = span;
  });
  function ownerAgent(span) {
    var seen = 0;
    var current = span.parent_id ? byId[span.parent_id] : undefined;
    while (current && seen++ < 1000) {
      if (current.span_data && current.span_data.type === 'agent') return current.span_data.name;
      current = current.parent_id ? byId[current.parent_id] : undefined;
    }
    return undefined;
  }
  var agents = [];
  var agentsByName = {};
  function agent(name, ran) {
    var node = agentsByName[name];
    if (!node) {
      node = agentsByName[name] = { name: name, ran: false, handoffs: [], tools: [], guardrails: [], usedTools: {}, taken: {} };
      agents.push(node);
    }
    if (ran) node.ran = true;
    return node;
  }
  spans.forEach(function (span) {
    var data = span.span_data || {};
    if (data.type !== 'agent' || !data.name) return;
    var node = agent(data.name, true);
    (data.handoffs || []).forEach(function (target) {
      if (node.handoffs.indexOf(target) === -1) node.handoffs.push(target);
    });
    (data.tools || []).forEach(function (tool) {
      if (node.tools.indexOf(tool) === -1) node.tools.push(tool);
    });
  });
  spans.forEach(function (span) {
    var data = span.span_data || {};
    var owner = ownerAgent(span) || (agents[0] && agents[0].name);
    if (data.type === 'handoff' && data.from_agent && data.to_agent) {
      var from = agent(data.from_agent, false);
      agent(data.to_agent, false);
      from.taken[data.to_agent] = true;
      if (from.handoffs.indexOf(data.to_agent) === -1) from.handoffs.push(data.to_agent);
    } else if (data.type === 'function' && data.name && owner) {
      var user = agent(owner, false);
      user.usedTools[data.name] = true;
      if (user.tools.indexOf(data.name) === -1) user.tools.push(data.name);
    } else if (data.type === 'guardrail' && data.name && owner) {
      var guarded = agent(owner, false);
      var known = guarded.guardrails.filter(function (g) { return g.name === data.name; })[0];
      if (known) known.triggered = known.triggered || !!data.triggered;
      else guarded.guardrails.push({ name: data.name, triggered: !!data.triggered });
    }
  });
  agents.slice().forEach(function (node) {
    node.handoffs.forEach(function (target) {
      agent(target, false);
    });
  });
  return agents;
}

function layoutAgents(agents) {
  var layer = {};
  var byName = {};
  agents.forEach(function (node) {
    byName[node.name] = node;
  });
  var queue = agents.length ? [agents[0].name] : [];
  if (queue.length) layer[queue[0]] = 0;
  while (queue.length) {
    var name = queue.shift();
    byName[name].handoffs.forEach(function (target) {
      if (layer[target] === undefined) {
        layer[target] = layer[name] + 1;
        queue.push(target);
      }
    });
  }
  var columns = [];
  agents.forEach(function (node) {
    if (layer[node.name] === undefined) layer[node.name] = columns.length;
    node.layer = layer[node.name];
    (columns[node.layer] = columns[node.layer] || []).push(node);
  });
  var COLUMN = 250;
  var width = 0;
  var height = 0;
  columns.forEach(function (column, index) {
    var y = 50;
    (column || []).forEach(function (node) {
      node.x = 20 + index * COLUMN;
      node.y = y;
      y += 56 + (node.tools.length + node.guardrails.length) * 30 + 30;
    });
    width = Math.max(width, 20 + (index + 1) * COLUMN);
    height = Math.max(height, y);
  });
  return { width: width, height: height + 20 };
}

function drawAgentGraph(spans) {
  var agents = agentGraphModel(spans);
  if (agents.length === 0) return el('p', { class: 'muted', id: 'agent-graph' }, 'This trace has no agent spans.');
  var size = layoutAgents(agents);
  var byName = {};
  agents.forEach(function (node) {
    byName[node.name] = node;
  });
  var edges = svg('g', { class: 'edges' });
  var nodes = svg('g', { class: 'nodes' });
  agents.forEach(function (node) {
    node.handoffs.forEach(function (target) {
      edges.appendChild(handoffEdge(node, byName[target], !!node.taken[target]));
    });
    nodes.appendChild(agentNode(node));
  });
  var graph = svg('svg', {
    id: 'agent-graph',
    class: 'agent-graph',
    width: size.width,
    height: size.height,
    viewBox: '0 0 ' + size.width + ' ' + size.height,
    role: 'img',
    'aria-label': 'Agent graph',
  }, [arrowMarker(), edges, nodes]);
  var legend = el('div', { class: 'legend muted small' }, [
    'Solid arrow: handoff taken · dashed: offered, not taken · ',
    'tools in green (bold: called) · guardrails in amber (red: tripped) · grey agent: did not run',
  ]);
  return el('div', { class: 'graph-wrap' }, [graph, legend]);
}

function arrowMarker() {
  return svg('defs', null, svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: '10', refY: '5', markerWidth: '8', markerHeight: '8', orient: 'auto-start-reverse' },
    svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: 'arrow-head' })));
}

function agentNode(node) {
  var group = svg('g', { class: 'agent-node' + (node.ran ? '' : ' not-run'), 'data-agent': node.name });
  group.appendChild(svg('rect', { x: node.x, y: node.y, width: 180, height: 40, rx: 8, class: 'agent-box' }));
  group.appendChild(svg('text', { x: node.x + 90, y: node.y + 25, 'text-anchor': 'middle', class: 'agent-label' }, node.name));
  var y = node.y + 52;
  node.tools.forEach(function (tool) {
    group.appendChild(leaf(node, y, tool, 'tool-node' + (node.usedTools[tool] ? ' used' : '')));
    y += 30;
  });
  node.guardrails.forEach(function (guardrail) {
    group.appendChild(leaf(node, y, guardrail.name, 'guardrail-node' + (guardrail.triggered ? ' tripped' : '')));
    y += 30;
  });
  return group;
}

function leaf(node, y, label, kind) {
  return svg('g', { class: kind }, [
    svg('line', { x1: node.x + 12, y1: y - 12, x2: node.x + 12, y2: y + 11, class: 'leaf-line' }),
    svg('line', { x1: node.x + 12, y1: y + 11, x2: node.x + 24, y2: y + 11, class: 'leaf-line' }),
    svg('rect', { x: node.x + 24, y: y, width: 156, height: 22, rx: 11, class: 'leaf-box' }),
    svg('text', { x: node.x + 102, y: y + 15, 'text-anchor': 'middle', class: 'leaf-label' }, label),
  ]);
}

function handoffEdge(from, to, taken) {
  var x1 = from.x + 180;
  var y1 = from.y + 20;
  var x2 = to.x;
  var y2 = to.y + 20;
  var d;
  if (to.layer > from.layer) {
    d = 'M ' + x1 + ' ' + y1 + ' C ' + (x1 + 40) + ' ' + y1 + ', ' + (x2 - 40) + ' ' + y2 + ', ' + x2 + ' ' + y2;
  } else {
    // Back edges (cycles, or a handoff to an earlier agent) arc over the top of the boxes.
    var top = Math.min(from.y, to.y) - 36;
    d = 'M ' + (from.x + 90) + ' ' + from.y + ' C ' + (from.x + 90) + ' ' + top + ', ' + (to.x + 90) + ' ' + top + ', ' + (to.x + 120) + ' ' + to.y;
  }
  return svg('path', { d: d, class: 'handoff-edge' + (taken ? ' taken' : ' not-taken'), 'marker-end': 'url(#arrow)', 'data-from': from.name, 'data-to': to.name });
}
`;
