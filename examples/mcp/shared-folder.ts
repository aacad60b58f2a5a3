import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The notes the example's folder starts with. */
export const NOTES: Record<string, string> = {
  'relay-rules.md':
    '# Relay rules\n\nThe baton must be passed inside the 30-metre exchange zone.\nA dropped baton may be picked up by the runner who dropped it.\n',
  'training/monday.md':
    '# Monday\n\nFour exchanges at race pace, then 200 m easy.\n',
  'team.txt': 'Ada (lead-off), Grace, Katherine, Mary (anchor)\n',
};

/** Creates a temporary folder holding {@link NOTES}, and a function that removes it. */
export async function createSharedFolder(): Promise<{
  path: string;
  remove: () => Promise<void>;
}> {
  const path = await mkdtemp(join(tmpdir(), 'baton-mcp-example-'));
  for (const [name, content] of Object.entries(NOTES)) {
    await mkdir(dirname(join(path, name)), { recursive: true });
    await writeFile(join(path, name), content);
  }
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}
