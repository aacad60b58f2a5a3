import { fromProtocolItem } from './from-protocol-item.js';
import type { AgentInputItem } from './items.js';

/**
 * What a run starts from: a user's text, or a list of items (a previous run's `history`, say). Items may also be
 * in the Agents SDK's protocol shape (`function_call_result` with `callId`, `input_image` with `image`,
 * `providerData`...); {@link toInputItems} converts them to the canonical wire shape once, at the run's input.
 */
export type RunInput = string | AgentInputItem[];

/**
 * Turns run input into the canonical item list; the caller's array and items are never mutated.
 *
 * Canonical items are kept as they are (not copied). Items in the Agents SDK's protocol shape are converted as
 * the SDK's OpenAI provider converts them: `function_call_result` → `function_call_output` (`callId` → `call_id`,
 * `{ type: 'text' | 'image' | 'file' }` outputs → a string or `input_*` parts), `callId` → `call_id` on calls,
 * `input_image.image` → `image_url`/`file_id`, `input_file.file` → `file_data`/`file_url`/`file_id`, reasoning
 * `content` → `summary`, `computer_call_result` → `computer_call_output`, `hosted_tool_call` → the hosted call item,
 * and `providerData` merged into the item with snake_case keys. Shapes neither side knows pass through untouched.
 */
export function toInputItems(input: RunInput): AgentInputItem[] {
  if (typeof input === 'string') {
    return [{ type: 'message', role: 'user', content: input }];
  }
  return input.map(fromProtocolItem);
}
