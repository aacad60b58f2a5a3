import {
  Agent,
  fileSearchTool,
  getCitations,
  run,
  webSearchTool,
} from '@baton/agents';

const researcher = new Agent({
  name: 'Researcher',
  instructions: 'Answer from the web and from our handbook, and cite both.',
  tools: [
    webSearchTool({
      searchContextSize: 'low',
      userLocation: { type: 'approximate', country: 'GB' },
      filters: { allowedDomains: ['worldathletics.org'] },
    }),
    // The vector store of your uploaded files (Storage → Vector stores on the platform).
    fileSearchTool('vs_123', { maxNumResults: 5 }),
  ],
});

const result = await run(researcher, 'How long is a relay exchange zone?');
console.log(result.finalOutput);

// The answer's url_citation and file_citation annotations, each source once.
for (const citation of getCitations(result, { unique: true })) {
  if (citation.type === 'url_citation')
    console.log(`${citation.title}: ${citation.url}`);
  if (citation.type === 'file_citation') console.log(citation.filename);
}
