import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runBatonCli } from './run-baton-cli.js';

describe('baton traces', () => {
  it('serves the viewer for --dir on loopback until stopped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'baton-traces-cli-'));
    const lines: string[] = [];
    const stop = new AbortController();
    const running = runBatonCli(['traces', '--port', '0', '--dir', dir], {
      out: (line) => lines.push(line),
      err: () => {},
      signal: stop.signal,
    });
    try {
      await vi.waitFor(() =>
        expect(lines[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/),
      );
      const response = await fetch(`${lines[0]}api/traces`);
      expect(await response.json()).toEqual({ traces: [], total: 0 });
    } finally {
      stop.abort();
      expect(await running).toBe(0);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a non-loopback --host without --allow-remote', async () => {
    const errors: string[] = [];
    const code = await runBatonCli(
      ['traces', '--host', '0.0.0.0', '--port', '0'],
      {
        out: () => {},
        err: (line) => errors.push(line),
      },
    );
    expect(code).toBe(1);
    expect(errors.join('\n')).toContain('--allow-remote');
  });

  it('rejects a port that is not a number', async () => {
    const code = await runBatonCli(['traces', '--port', 'http'], {
      out: () => {},
      err: () => {},
    });
    expect(code).toBe(2);
  });
});
