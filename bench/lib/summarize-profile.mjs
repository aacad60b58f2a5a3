/**
 * Reads a V8 CPU profile (`node --cpu-prof`) and says where the time went: self time per category (Baton's
 * packages, the `openai` client, zod, Node internals, GC...) and per function, optionally only within a time
 * window (the measured runs, leaving out start-up and warm-up).
 */

/** Frames that are not JavaScript functions but states of the VM. */
const VM_STATES = {
  '(garbage collector)': 'garbage collection',
  '(program)': 'V8/native (program)',
  '(idle)': 'idle',
  '(root)': 'V8/native (program)',
};

/**
 * Summarizes `profile`: `{ totalMs, categories: [{ category, ms, share }], functions: [{ category, file, name,
 * ms, share }] }`, both sorted by time. Idle time is left out of the total and the shares. `window`, given as
 * `[startUs, endUs]` on the profile's clock, keeps only the samples taken inside it.
 */
export function summarizeProfile(profile, { window } = {}) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfTime = new Map();
  let timestamp = profile.startTime;
  for (let index = 0; index < profile.samples.length; index += 1) {
    timestamp += profile.timeDeltas[index];
    if (window && (timestamp < window[0] || timestamp > window[1])) continue;
    // The interval until the next sample is spent where this sample was taken.
    const interval = profile.timeDeltas[index + 1] ?? 0;
    const id = profile.samples[index];
    selfTime.set(id, (selfTime.get(id) ?? 0) + interval);
  }
  const functions = new Map();
  for (const [id, microseconds] of selfTime) {
    const frame = describeFrame(nodes.get(id).callFrame);
    if (frame.category !== 'idle')
      addTime(functions, frame, microseconds / 1000);
  }
  return rank(functions);
}

/** Adds up summaries of several profiles of the same work (taken at different moments) into one. */
export function mergeSummaries(summaries) {
  const functions = new Map();
  for (const summary of summaries) {
    for (const entry of summary.functions) addTime(functions, entry, entry.ms);
  }
  return rank(functions);
}

function addTime(functions, { category, file, name }, ms) {
  const key = `${category}\u0000${file}\u0000${name}`;
  const entry = functions.get(key) ?? { category, file, name, ms: 0 };
  entry.ms += ms;
  functions.set(key, entry);
}

function rank(functions) {
  const totalMs = [...functions.values()].reduce(
    (sum, entry) => sum + entry.ms,
    0,
  );
  const categories = new Map();
  for (const entry of functions.values()) {
    categories.set(
      entry.category,
      (categories.get(entry.category) ?? 0) + entry.ms,
    );
  }
  const share = (ms) => (totalMs > 0 ? ms / totalMs : 0);
  return {
    totalMs,
    categories: [...categories]
      .map(([category, ms]) => ({ category, ms, share: share(ms) }))
      .sort((a, b) => b.ms - a.ms),
    functions: [...functions.values()]
      .map((entry) => ({ ...entry, share: share(entry.ms) }))
      .sort((a, b) => b.ms - a.ms),
  };
}

/** The category, file and function name of a profile frame; Baton's dist files are named by their source. */
export function describeFrame({ functionName, url }) {
  const name = functionName || '(anonymous)';
  if (VM_STATES[functionName] && !url)
    return { category: VM_STATES[functionName], file: '', name };
  if (!url) return { category: 'V8/native builtins', file: '', name };
  if (url.startsWith('node:'))
    return { category: 'Node internals', file: url, name };
  const baton = /\/packages\/([^/]+)\/dist\/(?:esm|cjs)\/(.+)\.js$/.exec(url);
  if (baton)
    return {
      category: `@baton/${baton[1]}`,
      file: `packages/${baton[1]}/src/${baton[2]}.ts`,
      name,
    };
  const batonSource = /\/packages\/([^/]+)\/(src\/.+)$/.exec(url);
  if (batonSource)
    return {
      category: `@baton/${batonSource[1]}`,
      file: `packages/${batonSource[1]}/${batonSource[2]}`,
      name,
    };
  const dependency = /.*\/node_modules\/((?:@[^/]+\/)?[^/]+)\/(.+)$/.exec(url);
  if (dependency)
    return {
      category: dependency[1],
      file: `${dependency[1]}/${dependency[2]}`,
      name,
    };
  if (/\/bench\//.test(url))
    return {
      category: 'bench harness',
      file: url.replace(/^.*\/bench\//, 'bench/'),
      name,
    };
  return { category: 'other', file: url, name };
}
