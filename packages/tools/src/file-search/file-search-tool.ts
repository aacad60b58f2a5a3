import type { HostedTool } from '@baton/core';
import { definedFields } from '../internal/defined-fields.js';

/** A condition on one attribute of the files searched (the API's comparison filter). */
export interface FileSearchComparisonFilter {
  /** `eq`, `ne`, `gt`, `gte`, `lt`, `lte`, `in` or `nin`. */
  type: 'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'nin';
  /** The attribute's name. */
  key: string;
  /** The value compared with. */
  value: string | number | boolean | Array<string | number>;
}

/** Filters combined with `and` or `or` (the API's compound filter). */
export interface FileSearchCompoundFilter {
  /** How the filters combine. */
  type: 'and' | 'or';
  /** The combined filters. */
  filters: Array<FileSearchComparisonFilter | FileSearchCompoundFilter>;
}

/** How results are ranked (the API's `ranking_options`, with its field names). */
export interface FileSearchRankingOptions {
  /** The ranker: `auto` or a named one such as `default-2024-11-15`. */
  ranker?: string;
  /** Results scoring below this (0 to 1) are dropped. */
  score_threshold?: number;
  /** Weights of the embedding and text matches in hybrid search. */
  hybrid_search?: { embedding_weight: number; text_weight: number };
}

/** Options of {@link fileSearchTool}. */
export interface FileSearchToolOptions {
  /** The tool's name in Baton (for `toolChoice` and logs); `file_search` by default. Not sent. */
  name?: string;
  /** At most this many results (1 to 50). */
  maxNumResults?: number;
  /** Also return the retrieved chunks on the `file_search_call` item (`file_search_call.results` in `include`). */
  includeSearchResults?: boolean;
  /** How results are ranked. */
  rankingOptions?: FileSearchRankingOptions;
  /** Which files may be searched, by their attributes. */
  filters?: FileSearchComparisonFilter | FileSearchCompoundFilter;
}

/**
 * A hosted file search over vector stores: the model retrieves passages from uploaded files and cites them as
 * `file_citation` annotations; the search itself arrives as a `file_search_call` run item.
 * @example
 * const agent = new Agent({ name: 'Librarian', tools: [fileSearchTool('vs_123', { maxNumResults: 5 })] });
 * @see docs/hosted-tools.md
 */
export function fileSearchTool(
  vectorStoreIds: string | string[],
  options: FileSearchToolOptions = {},
): HostedTool {
  const providerData = definedFields({
    type: 'file_search',
    vector_store_ids: Array.isArray(vectorStoreIds)
      ? vectorStoreIds
      : [vectorStoreIds],
    max_num_results: options.maxNumResults,
    ranking_options: options.rankingOptions,
    filters: options.filters,
  });
  return {
    type: 'hosted_tool',
    name: options.name ?? 'file_search',
    providerData,
    ...(options.includeSearchResults && {
      include: ['file_search_call.results'],
    }),
  };
}
