import OpenAI from 'openai';
import { VERSION } from 'openai/version';
import { describe, expect, it } from 'vitest';

// The Node 24 pass aliases `openai` to a separate install of the next major (vitest.shared.ts) and says which major
// it expects; without that, the suite runs against the root install, which must be inside the peer range.
const expectedMajor = process.env.BATON_EXPECT_OPENAI_MAJOR;
const expectedNodeMajor = process.env.BATON_EXPECT_NODE_MAJOR;

describe('the openai client the tests run against', () => {
  it('is the major version this test pass asked for', () => {
    const major = Number(VERSION.split('.')[0]);
    if (expectedMajor) {
      expect(major).toBe(Number(expectedMajor));
    } else {
      expect([6, 7]).toContain(major);
    }
  });

  it('loads the client class and its version from the same install', () => {
    const client = new OpenAI({
      apiKey: 'test-key',
      baseURL: 'http://127.0.0.1:9/v1',
    });
    expect(client.baseURL).toBe('http://127.0.0.1:9/v1');
    // The SDK reports its version in the user agent, so a mismatch means the two imports came from two installs.
    const userAgent = (
      client as unknown as { getUserAgent(): string }
    ).getUserAgent();
    expect(userAgent).toContain(VERSION);
  });
});

describe('the Node.js the tests run on', () => {
  it('is the major version this test pass asked for', () => {
    const major = Number(process.versions.node.split('.')[0]);
    expect(major).toBe(expectedNodeMajor ? Number(expectedNodeMajor) : major);
    expect(major).toBeGreaterThanOrEqual(20);
  });
});
