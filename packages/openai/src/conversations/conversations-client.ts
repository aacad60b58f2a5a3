import type OpenAI from 'openai';
import { UserError } from '@baton/core';
import { getDefaultOpenAIClient, getDefaultOpenAIKey } from '../defaults.js';

/** How an {@link OpenAIConversationsSession} reaches the API; without any, the module defaults apply. */
export interface OpenAIConversationsClientOptions {
  /** A ready `openai` client; the other options are then ignored. */
  client?: OpenAI;
  /** The API key; defaults to `setDefaultOpenAIKey`'s, then to `OPENAI_API_KEY`. */
  apiKey?: string;
  /** The API's base URL (the Baton emulator's `emulator.url`, say). */
  baseURL?: string;
  /** The OpenAI organization the requests are billed to. */
  organization?: string;
  /** The OpenAI project the requests are billed to. */
  project?: string;
}

/**
 * The client to use: the one given, else the default client (`setDefaultOpenAIClient`) unless connection options
 * are given, else a new one; `openai` is imported here, on first use.
 * @internal
 */
export async function conversationsClient(
  options: OpenAIConversationsClientOptions,
): Promise<OpenAI> {
  const { client, apiKey, baseURL, organization, project } = options;
  if (client) return client;
  const explicit =
    apiKey !== undefined ||
    baseURL !== undefined ||
    organization !== undefined ||
    project !== undefined;
  const fallback = getDefaultOpenAIClient();
  if (!explicit && fallback) return fallback;
  const key =
    apiKey ??
    getDefaultOpenAIKey() ??
    (process.env.OPENAI_API_KEY || undefined);
  if (!key)
    throw new UserError(
      'No OpenAI API key for the Conversations API: pass `apiKey` or `client` to OpenAIConversationsSession, call ' +
        'setDefaultOpenAIKey() or setDefaultOpenAIClient(), or set OPENAI_API_KEY.',
    );
  const module = await import('openai');
  const OpenAIClient = module.OpenAI ?? module.default;
  return new OpenAIClient({
    apiKey: key,
    ...(baseURL !== undefined && { baseURL }),
    ...(organization !== undefined && { organization }),
    ...(project !== undefined && { project }),
  });
}
