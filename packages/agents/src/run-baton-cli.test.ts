import { describe, expect, it, vi } from 'vitest';
import { runBatonCli } from './run-baton-cli.js';

describe('the baton CLI', () => {
  it('prints help and exits 0 without a command', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    expect(await runBatonCli([])).toBe(0);
    expect(log.mock.calls[0]![0]).toMatch(/Usage: baton <command>/);
    log.mockRestore();
  });

  it('rejects an unknown command with exit code 2 and the usage', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await runBatonCli(['frobnicate'])).toBe(2);
    expect(error.mock.calls[0]![0]).toMatch(/Unknown command "frobnicate"/);
    error.mockRestore();
  });

  it('starts the emulator and stops it on its signal', async () => {
    const lines: string[] = [];
    const stop = new AbortController();
    const running = runBatonCli(['emulator', '--port', '0'], {
      out: (line) => lines.push(line),
      signal: stop.signal,
    });
    await vi.waitFor(
      () => expect(lines.join('\n')).toMatch(/http:\/\/127\.0\.0\.1:\d+\/v1/),
      { timeout: 15_000 },
    );
    const url = lines.join('\n').match(/http:\/\/127\.0\.0\.1:\d+\/v1/)![0];
    expect(
      (
        await fetch(`${url}/responses`, {
          method: 'POST',
          body: '{"model":"m","input":"hi"}',
        })
      ).status,
    ).toBe(200);
    stop.abort();
    expect(await running).toBe(0);
    await expect(
      fetch(`${url}/responses`, { method: 'POST', body: '{}' }),
    ).rejects.toThrow();
  });
});
