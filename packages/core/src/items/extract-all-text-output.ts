import type { RunItem } from './run-item.js';

/** The text of every message the model wrote among `items` (a run's `newItems`, say), joined in order. */
export function extractAllTextOutput(items: readonly RunItem[]): string {
  let text = '';
  for (const item of items) {
    if (item.type === 'message_output_item') text += item.content;
  }
  return text;
}
