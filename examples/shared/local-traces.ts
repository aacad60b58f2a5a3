import { resolve } from 'node:path';
import {
  addTraceProcessor,
  DEFAULT_TRACE_DIR,
  getGlobalTraceProvider,
  LocalTraceStore,
} from '@baton/agents';

const stores = new Map<string, LocalTraceStore>();

/**
 * The local trace store in `dir` (default `.baton/traces`, the viewer's default too), registered as a trace
 * processor once per folder, so an example called many times in one process records each run once.
 */
export function localTraceStore(dir: string = DEFAULT_TRACE_DIR): {
  store: LocalTraceStore;
  /** The command that opens the viewer on this folder, from the repository root (`npx baton traces` elsewhere). */
  command: string;
} {
  const resolved = resolve(dir);
  let store = stores.get(resolved);
  if (!store) {
    store = new LocalTraceStore({ dir: resolved });
    addTraceProcessor(store);
    stores.set(resolved, store);
  }
  const command =
    resolved === resolve(DEFAULT_TRACE_DIR)
      ? 'npm run traces'
      : `npm run traces -- --dir ${JSON.stringify(resolved)}`;
  return { store, command };
}

/** Whether runs are traced now (tracing starts off under NODE_ENV=test and with OPENAI_AGENTS_DISABLE_TRACING). */
export function tracingOn(): boolean {
  return !getGlobalTraceProvider().disabled;
}
