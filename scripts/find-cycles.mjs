// Import cycles for scripts/check-deps.mjs: between workspace packages and between files of one package.

/**
 * Every import cycle in `edges`, one per strongly connected component (Tarjan), each given as a loop in import
 * order starting from the component's first node. A node importing itself counts as a cycle.
 * @param {Map<string, string[]>} edges
 * @returns {string[][]}
 */
export function findCycles(edges) {
  let counter = 0;
  const index = new Map();
  const lowLink = new Map();
  const stack = [];
  const onStack = new Set();
  const cycles = [];
  const connect = (node) => {
    index.set(node, counter);
    lowLink.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        connect(next);
        lowLink.set(node, Math.min(lowLink.get(node), lowLink.get(next)));
      } else if (onStack.has(next)) {
        lowLink.set(node, Math.min(lowLink.get(node), index.get(next)));
      }
    }
    if (lowLink.get(node) !== index.get(node)) return;
    const component = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.unshift(member);
    } while (member !== node);
    if (component.length > 1 || (edges.get(node) ?? []).includes(node)) {
      cycles.push(cyclePath(edges, component));
    }
  };
  for (const node of edges.keys()) if (!index.has(node)) connect(node);
  return cycles;
}

/** One concrete loop through a strongly connected component, so the message names real imports in order. */
function cyclePath(edges, component) {
  const members = new Set(component);
  const start = component[0];
  const previous = new Map();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift();
    for (const next of edges.get(node) ?? []) {
      if (next === start) {
        const path = [node];
        while (path[0] !== start) path.unshift(previous.get(path[0]));
        return path;
      }
      if (members.has(next) && !previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return component;
}
