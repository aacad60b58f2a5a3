import type { HostedTool } from '@baton/core';
import { definedFields } from '../internal/defined-fields.js';

/** Where the user roughly is, so that searches favour local results (the API's `user_location`). */
export interface WebSearchUserLocation {
  /** Always `approximate`. */
  type: 'approximate';
  /** A city name, e.g. `San Francisco`. */
  city?: string | null;
  /** A two-letter ISO country code, e.g. `US`. */
  country?: string | null;
  /** A region or state, e.g. `California`. */
  region?: string | null;
  /** An IANA time zone, e.g. `America/Los_Angeles`. */
  timezone?: string | null;
}

/** Options of {@link webSearchTool}. */
export interface WebSearchToolOptions {
  /** The tool's name in Baton (for `toolChoice` and logs); `web_search` by default. Not sent. */
  name?: string;
  /** An approximate location for the search. */
  userLocation?: WebSearchUserLocation;
  /** Restricts the search. */
  filters?: {
    /** Only these domains (and their subdomains) are searched, e.g. `['pubmed.ncbi.nlm.nih.gov']`. */
    allowedDomains?: string[] | null;
  };
  /** How much of the context window search results may use: `low`, `medium` (the default) or `high`. */
  searchContextSize?: 'low' | 'medium' | 'high';
  /** Set to false to search the cache only, without fetching live pages. The API's default is true. */
  externalWebAccess?: boolean;
  /**
   * Baton's own: ask for every source the search consulted (`web_search_call.action.sources` in `include`), not only
   * the ones the answer cites.
   */
  includeSources?: boolean;
}

/**
 * A hosted web search: the model searches the web and cites what it used as `url_citation` annotations; the search
 * itself arrives as a `web_search_call` run item.
 * @example
 * const agent = new Agent({ name: 'Researcher', tools: [webSearchTool({ searchContextSize: 'low' })] });
 * @see docs/hosted-tools.md
 */
export function webSearchTool(options: WebSearchToolOptions = {}): HostedTool {
  const providerData = definedFields({
    type: 'web_search',
    user_location: options.userLocation,
    filters: options.filters?.allowedDomains
      ? { allowed_domains: options.filters.allowedDomains }
      : undefined,
    search_context_size: options.searchContextSize ?? 'medium',
    external_web_access: options.externalWebAccess,
  });
  return {
    type: 'hosted_tool',
    name: options.name ?? 'web_search',
    providerData,
    ...(options.includeSources && {
      include: ['web_search_call.action.sources'],
    }),
  };
}
