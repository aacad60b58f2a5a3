import { describe, expect, it } from 'vitest';
import { webSearchTool } from './web-search-tool.js';

describe('webSearchTool', () => {
  it('declares a web_search tool with the medium context size by default', () => {
    expect(webSearchTool()).toEqual({
      type: 'hosted_tool',
      name: 'web_search',
      providerData: { type: 'web_search', search_context_size: 'medium' },
    });
  });

  it('spells every option as the API names it', () => {
    const tool = webSearchTool({
      userLocation: { type: 'approximate', country: 'FR', city: 'Lyon' },
      filters: { allowedDomains: ['example.org'] },
      searchContextSize: 'high',
      externalWebAccess: false,
    });
    expect(tool.providerData).toEqual({
      type: 'web_search',
      user_location: { type: 'approximate', country: 'FR', city: 'Lyon' },
      filters: { allowed_domains: ['example.org'] },
      search_context_size: 'high',
      external_web_access: false,
    });
  });

  it('asks for the consulted sources through include when includeSources is set', () => {
    expect(webSearchTool({ includeSources: true }).include).toEqual([
      'web_search_call.action.sources',
    ]);
    expect(webSearchTool()).not.toHaveProperty('include');
  });

  it('keeps a custom name in Baton and out of the wire tool', () => {
    const tool = webSearchTool({ name: 'news_search' });
    expect(tool.name).toBe('news_search');
    expect(tool.providerData).not.toHaveProperty('name');
  });
});
