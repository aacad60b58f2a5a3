import { afterEach, describe, expect, it, vi } from 'vitest';
import { getLogger } from './get-logger.js';
import { setSensitiveDataLoggingEnabled } from './sensitive-data.js';

const KEY = 'sk-proj-abcdefghijklmnop1234567890';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

function captureStderr() {
  const lines: unknown[][] = [];
  vi.spyOn(console, 'error').mockImplementation((...args) => {
    lines.push(args);
  });
  vi.spyOn(console, 'warn').mockImplementation((...args) => {
    lines.push(args);
  });
  return lines;
}

describe('getLogger', () => {
  it('writes nothing for debug unless DEBUG enables the namespace', () => {
    const lines = captureStderr();
    vi.stubEnv('DEBUG', '');
    getLogger('baton:test').debug('hidden');
    vi.stubEnv('DEBUG', 'other:*');
    getLogger('baton:test').debug('hidden');
    vi.stubEnv('DEBUG', 'baton:*,-baton:noisy');
    getLogger('baton:test').debug('shown');
    getLogger('baton:noisy').debug('hidden');
    expect(lines).toEqual([['baton:test', 'shown']]);
  });

  it('never logs an API key or Authorization header passed through it', () => {
    const lines = captureStderr();
    vi.stubEnv('DEBUG', 'baton');
    const logger = getLogger();
    logger.debug(`calling with ${KEY}`, {
      apiKey: KEY,
      headers: { Authorization: `Bearer ${KEY}`, 'content-type': 'json' },
      nested: [{ note: `key=${KEY}` }],
    });
    logger.error(new Error(`401 for key ${KEY}`));
    logger.warn(new Headers({ authorization: 'Bearer abc.def' }));
    const printed = JSON.stringify(
      lines.map((line) =>
        line.map((part) =>
          part instanceof Error ? `${part.message} ${part.stack}` : part,
        ),
      ),
    );
    expect(printed).not.toContain('abcdefghijklmnop');
    expect(printed).not.toContain('abc.def');
    expect(lines[0]).toEqual([
      'baton',
      'calling with [redacted]',
      {
        apiKey: '[redacted]',
        headers: { Authorization: '[redacted]', 'content-type': 'json' },
        nested: [{ note: 'key=[redacted]' }],
      },
    ]);
  });

  it('keeps sensitive data out by default and follows the SDK variables and the override', () => {
    const logger = getLogger();
    expect([logger.dontLogModelData, logger.dontLogToolData]).toEqual([
      true,
      true,
    ]);
    vi.stubEnv('OPENAI_AGENTS_DONT_LOG_MODEL_DATA', '0');
    vi.stubEnv('OPENAI_AGENTS_DONT_LOG_TOOL_DATA', 'false');
    expect([logger.dontLogModelData, logger.dontLogToolData]).toEqual([
      false,
      false,
    ]);
    try {
      setSensitiveDataLoggingEnabled(false);
      expect(logger.dontLogModelData).toBe(true);
      expect(() =>
        setSensitiveDataLoggingEnabled('yes' as unknown as boolean),
      ).toThrow(TypeError);
      expect(logger.dontLogToolData).toBe(true);
    } finally {
      setSensitiveDataLoggingEnabled(true);
    }
    expect(logger.dontLogToolData).toBe(false);
  });
});
