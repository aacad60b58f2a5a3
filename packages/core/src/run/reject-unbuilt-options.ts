import { UserError } from '../errors/errors.js';

/** Run options and runner settings of `@openai/agents` that Baton has not built yet, with the feature each needs. */
const UNBUILT: Readonly<Record<string, string>> = {
  session: 'sessions',
  sessionInputCallback: 'sessions',
  conversationId: 'server-side conversations (the Conversations API)',
  errorHandlers: 'run error handlers',
  callModelInputFilter: 'model input filters',
  toolErrorFormatter: 'tool error formatters',
  outputGuardrailBlockedMessage: 'output guardrails',
  reasoningItemIdPolicy: 'reasoning item id policies',
  tracing: 'tracing',
  sandbox: 'sandboxes',
  toolNameCollisionPolicy: 'tool name collision policies',
  inputGuardrails: 'input guardrails',
  outputGuardrails: 'output guardrails',
};

/**
 * Throws a `UserError` for an option Baton does not implement yet, so that it is never silently ignored (a
 * guardrail that quietly does not run is worse than an error). Empty arrays and `undefined` are let through.
 * @internal
 */
export function rejectUnbuiltOptions(owner: string, options: object): void {
  for (const key in options) {
    const feature = Object.hasOwn(UNBUILT, key) ? UNBUILT[key] : undefined;
    if (!feature) continue;
    const value = (options as Record<string, unknown>)[key];
    if (value === undefined || (Array.isArray(value) && value.length === 0))
      continue;
    throw new UserError(
      `${owner}: \`${key}\` needs ${feature}, which Baton has not built yet. Remove the option for now; ` +
        'docs/porting-from-openai-agents.md lists what is still missing.',
    );
  }
}
