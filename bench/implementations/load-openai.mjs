/**
 * Loads an `openai` client class: the one Baton resolves (the workspace's), or the one `@openai/agents` depends
 * on, so the floor can be measured on either client.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Returns the `OpenAI` class that `'workspace'` or `'agents-sdk'` code imports, and its package version. */
export async function loadOpenAI(which) {
  const from =
    which === 'agents-sdk'
      ? import.meta.resolve('@openai/agents-openai')
      : import.meta.url;
  const directory = packageDirectory(createRequire(from).resolve('openai'));
  const packageJson = JSON.parse(
    readFileSync(join(directory, 'package.json'), 'utf8'),
  );
  // require.resolve picks the CommonJS entry; the ESM one is what an application importing `openai` gets.
  const entry =
    esmEntry(packageJson.exports?.['.']) ??
    packageJson.module ??
    packageJson.main;
  const module = await import(pathToFileURL(join(directory, entry)).href);
  return {
    OpenAI: module.OpenAI ?? module.default,
    version: packageJson.version,
  };
}

function packageDirectory(file) {
  let directory = dirname(file);
  while (!isOpenAIPackage(directory)) {
    const parent = dirname(directory);
    if (parent === directory)
      throw new Error(`No openai package.json above ${file}`);
    directory = parent;
  }
  return directory;
}

function isOpenAIPackage(directory) {
  try {
    return (
      JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')).name ===
      'openai'
    );
  } catch {
    return false;
  }
}

function esmEntry(target) {
  if (typeof target === 'string') return target;
  if (target === null || typeof target !== 'object') return undefined;
  return esmEntry(target.import) ?? esmEntry(target.default);
}
