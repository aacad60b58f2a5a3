import type { AgentInputItem, RunItem } from '@baton/core';

/** Where hosted tool results are read from: a run's result, its run items, or canonical items. */
export type ItemSource =
  | { readonly newItems: readonly RunItem[] }
  | readonly (RunItem | AgentInputItem)[];

/** @internal The canonical items of a source, in order: a run item counts as its `rawItem`. */
export function rawItems(source: ItemSource): Record<string, unknown>[] {
  const items: readonly (RunItem | AgentInputItem)[] =
    'newItems' in source ? source.newItems : source;
  return items.map(
    (item) =>
      ('rawItem' in item ? item.rawItem : item) as Record<string, unknown>,
  );
}
