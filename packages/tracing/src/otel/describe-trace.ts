import type { Attributes } from '@opentelemetry/api';
import type { TracedTrace } from './traced-span.js';

/**
 * A Baton trace as the `invoke_workflow` span of the GenAI semantic conventions: the workflow's name, its group id
 * as `gen_ai.conversation.id`, and its metadata as `baton.trace.metadata.<key>` (strings, numbers and booleans as
 * they are, anything else as JSON).
 */
export function describeTrace(trace: TracedTrace): {
  name: string;
  attributes: Attributes;
} {
  const attributes: Attributes = {
    'gen_ai.operation.name': 'invoke_workflow',
    'gen_ai.workflow.name': trace.name,
    'baton.trace.id': trace.traceId,
  };
  if (trace.groupId) attributes['gen_ai.conversation.id'] = trace.groupId;
  for (const [key, value] of Object.entries(trace.metadata ?? {})) {
    if (value === undefined || value === null) continue;
    attributes[`baton.trace.metadata.${key}`] =
      typeof value === 'string' ||
      typeof value === 'number' ||
      typeof value === 'boolean'
        ? value
        : JSON.stringify(value);
  }
  return { name: `invoke_workflow ${trace.name}`, attributes };
}
