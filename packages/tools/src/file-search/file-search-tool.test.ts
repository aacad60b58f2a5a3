import { describe, expect, it } from 'vitest';
import { fileSearchTool } from './file-search-tool.js';

describe('fileSearchTool', () => {
  it('takes one vector store id or several', () => {
    expect(fileSearchTool('vs_1').providerData).toEqual({
      type: 'file_search',
      vector_store_ids: ['vs_1'],
    });
    expect(fileSearchTool(['vs_1', 'vs_2']).providerData).toEqual({
      type: 'file_search',
      vector_store_ids: ['vs_1', 'vs_2'],
    });
  });

  it('spells every option as the API names it', () => {
    const tool = fileSearchTool('vs_1', {
      maxNumResults: 4,
      rankingOptions: { ranker: 'auto', score_threshold: 0.5 },
      filters: { type: 'eq', key: 'team', value: 'support' },
    });
    expect(tool.providerData).toEqual({
      type: 'file_search',
      vector_store_ids: ['vs_1'],
      max_num_results: 4,
      ranking_options: { ranker: 'auto', score_threshold: 0.5 },
      filters: { type: 'eq', key: 'team', value: 'support' },
    });
  });

  it('asks for the retrieved chunks through include, not in the wire tool, with includeSearchResults', () => {
    const tool = fileSearchTool('vs_1', { includeSearchResults: true });
    expect(tool.include).toEqual(['file_search_call.results']);
    expect(tool.providerData).not.toHaveProperty('include_search_results');
    expect(fileSearchTool('vs_1')).not.toHaveProperty('include');
  });
});
