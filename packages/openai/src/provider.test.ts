import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The provider loads `openai` lazily; a stand-in records whether and how often a client was created.
const created: Array<Record<string, unknown>> = [];
let moduleLoaded = false;
vi.mock('openai', () => {
  moduleLoaded = true;
  class FakeOpenAI {
    options: Record<string, unknown>;
    constructor(options: Record<string, unknown>) {
      this.options = options;
      created.push(options);
    }
  }
  return { OpenAI: FakeOpenAI, default: FakeOpenAI };
});

async function load() {
  vi.resetModules();
  return import('./index.js');
}

describe('OpenAIProvider', () => {
  beforeEach(() => {
    created.length = 0;
    moduleLoaded = false;
    vi.stubEnv('OPENAI_API_KEY', 'env-key');
  });
  afterEach(() => vi.unstubAllEnvs());

  it('does not load openai until the first getModel call', async () => {
    const { OpenAIProvider } = await load();
    const provider = new OpenAIProvider();
    expect(moduleLoaded).toBe(false);
    await provider.getModel();
    expect(moduleLoaded).toBe(true);
  });

  it('returns the Responses model for gpt-4.1 by default, creating the client once', async () => {
    const { OpenAIProvider, OpenAIResponsesModel, DEFAULT_OPENAI_MODEL } =
      await load();
    const provider = new OpenAIProvider();
    const [first, second] = await Promise.all([
      provider.getModel(),
      provider.getModel('gpt-4o-mini'),
    ]);
    expect(first).toBeInstanceOf(OpenAIResponsesModel);
    expect(second).toBeInstanceOf(OpenAIResponsesModel);
    expect(DEFAULT_OPENAI_MODEL).toBe('gpt-4.1');
    expect(created).toEqual([{ apiKey: 'env-key' }]);
  });

  it('reads OPENAI_API_KEY once, when the client is created', async () => {
    const { OpenAIProvider } = await load();
    const provider = new OpenAIProvider();
    await provider.getModel();
    vi.stubEnv('OPENAI_API_KEY', 'changed');
    await provider.getModel();
    expect(created).toEqual([{ apiKey: 'env-key' }]);
  });

  it('returns the Chat Completions model when useResponses is false or the module default says so', async () => {
    const { OpenAIProvider, OpenAIChatCompletionsModel, setOpenAIAPI } =
      await load();
    expect(
      await new OpenAIProvider({ useResponses: false }).getModel('m'),
    ).toBeInstanceOf(OpenAIChatCompletionsModel);
    setOpenAIAPI('chat_completions');
    expect(await new OpenAIProvider().getModel('m')).toBeInstanceOf(
      OpenAIChatCompletionsModel,
    );
  });

  it('uses the default client and key only when given no connection options', async () => {
    const { OpenAIProvider, setDefaultOpenAIClient, setDefaultOpenAIKey } =
      await load();
    const client = { marker: 'default' };
    setDefaultOpenAIClient(client as never);
    setDefaultOpenAIKey('default-key');
    await new OpenAIProvider().getModel();
    expect(created).toEqual([]);
    await new OpenAIProvider({
      baseURL: 'http://127.0.0.1:1/v1',
      project: 'p',
    }).getModel();
    expect(created).toEqual([
      { apiKey: 'default-key', baseURL: 'http://127.0.0.1:1/v1', project: 'p' },
    ]);
  });

  it('throws a UserError naming the ways to give a key when there is none, and recovers once one is set', async () => {
    vi.stubEnv('OPENAI_API_KEY', '');
    const { OpenAIProvider, setDefaultOpenAIKey } = await load();
    const provider = new OpenAIProvider();
    await expect(provider.getModel()).rejects.toThrowError(/OPENAI_API_KEY/);
    setDefaultOpenAIKey('later');
    await expect(provider.getModel()).resolves.toBeDefined();
  });

  it('follows a default client or key set after its first call, instead of keeping a stale client', async () => {
    const { OpenAIProvider, setDefaultOpenAIKey, setDefaultOpenAIClient } =
      await load();
    const provider = new OpenAIProvider();
    await provider.getModel();
    setDefaultOpenAIKey('later-key');
    await provider.getModel();
    expect(created).toEqual([{ apiKey: 'env-key' }, { apiKey: 'later-key' }]);

    const { OpenAI } = await import('openai');
    setDefaultOpenAIClient(new OpenAI({ apiKey: 'replacement' }));
    await provider.getModel();
    // The replacement was made by the test itself; the provider created no client of its own for it.
    expect(created).toHaveLength(3);
    expect(created[2]).toEqual({ apiKey: 'replacement' });
  });

  it('reuses one model per name and API, and builds a new one for a new client', async () => {
    const { OpenAIProvider, OpenAIChatCompletionsModel, setDefaultOpenAIKey } =
      await load();
    const provider = new OpenAIProvider();
    const first = await provider.getModel('gpt-4.1');
    expect(await provider.getModel('gpt-4.1')).toBe(first);
    expect(await provider.getModel('gpt-4o-mini')).not.toBe(first);
    expect(
      await new OpenAIProvider({ useResponses: false }).getModel('gpt-4.1'),
    ).toBeInstanceOf(OpenAIChatCompletionsModel);
    setDefaultOpenAIKey('rotated-key');
    expect(await provider.getModel('gpt-4.1')).not.toBe(first);
  });
});
