import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runBatonCli } from './run-baton-cli.js';

const fixtures = fileURLToPath(
  new URL('../test/graph-fixtures/', import.meta.url),
);
const dir = fixtures;

async function graph(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runBatonCli(['graph', ...args], {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
  });
  return { code, out: out.join(''), err: err.join('\n') };
}

describe('baton graph', () => {
  it('prints the named export as Mermaid text', async () => {
    const result = await graph([join(dir, 'agents.ts'), '--export', 'triage']);
    expect(result.code).toBe(0);
    expect(result.out).toContain('agent_0["Triage"]');
    expect(result.out).toContain('agent_0 --> agent_1');
  });

  it('asks for --export when the module exports several agents', async () => {
    const result = await graph([join(dir, 'agents.ts')]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('several agents (billing, triage)');
  });

  it('fails with a message when the module exports no agent', async () => {
    const result = await graph([join(dir, 'none.ts')]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('exports no agent');
  });
});
