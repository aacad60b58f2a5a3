import {
  MCPServerError,
  MCPServerStdio,
  type MCPResource,
} from '@baton/agents';

const notes = new MCPServerStdio({
  name: 'notes',
  command: 'node',
  args: ['notes-server.js'],
});
await notes.connect();

try {
  // One page per call: follow `nextCursor` until the server gives none.
  const resources: MCPResource[] = [];
  let cursor: string | undefined;
  do {
    const page = await notes.listResources(cursor ? { cursor } : undefined);
    resources.push(...page.resources);
    cursor = page.nextCursor;
  } while (cursor);
  console.log(resources.map((resource) => resource.uri));

  // Text parts carry `text`; binary parts carry base64 `blob`.
  const { contents } = await notes.readResource(resources[0]!.uri);
  for (const part of contents)
    console.log(part.mimeType, 'text' in part ? part.text : part.blob.length);

  // Templates name families of resources: fill one in, then read it.
  const { resourceTemplates } = await notes.listResourceTemplates();
  const template = resourceTemplates.find((t) => t.name === 'note');
  if (template)
    await notes.readResource(template.uriTemplate.replace('{name}', 'todo'));
} catch (error) {
  // Also thrown by a server whose handshake declared no resources.
  if (MCPServerError.isInstance(error)) console.error(error.message);
  else throw error;
} finally {
  await notes.close();
}
