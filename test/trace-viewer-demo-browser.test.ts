import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTracingDisabled, startTraceViewer } from '@baton/agents';
import type { TraceViewer } from '@baton/tracing/store';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium.js';
import { main } from '../examples/customer-service/main.js';

/** Runs the demo on the emulator (no key), quietly, tracing into `traceDir`; resolves with what it printed. */
async function runDemo(traceDir: string, question?: string): Promise<string> {
  let printed = '';
  await main({
    question,
    traceDir,
    env: {},
    write: (text) => void (printed += text),
  });
  return printed;
}

describe('the demo, traced, in the trace viewer in headless Chromium', () => {
  let root: string;
  let traceDir: string;
  let viewer: TraceViewer | undefined;
  let context: BrowserContext | undefined;
  let page: Page;

  beforeAll(async () => {
    // Tracing starts off under NODE_ENV=test; the demo traces as it would for a user.
    setTracingDisabled(false);
    root = mkdtempSync(join(tmpdir(), 'baton-demo-traces-'));
    traceDir = join(root, 'traces');
    const profile = join(root, 'profile');
    mkdirSync(profile);
    context = await launchChromium(profile);
    page = context.pages()[0] ?? (await context.newPage());
  }, 60_000);

  afterAll(async () => {
    setTracingDisabled(true);
    try {
      await context?.close();
    } finally {
      await viewer?.close();
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('prints the command that opens the trace it saved', async () => {
    const printed = await runDemo(traceDir);

    expect(printed).toContain(`npm run traces -- --dir "${traceDir}"`);
  });

  it("lists the demo's run with the agents it went through", async () => {
    viewer = await startTraceViewer({
      dir: traceDir,
      port: 0,
      pollIntervalMs: 100,
    });
    await page.goto(viewer.url);

    const rows = page.locator('tr.trace-row');
    await expect.poll(() => rows.count()).toBe(1);
    const row = await rows.first().textContent();
    expect(row).toContain('Agent workflow');
    expect(row).toContain('Triage agent');
    expect(row).toContain('Billing agent');
  });

  it("shows the model call's input, the tool call and the guardrail's verdict in the span details", async () => {
    await page.locator('tr.trace-row').first().locator('a').click();
    const spans = page.locator('.span-row');
    await expect.poll(() => spans.count()).toBeGreaterThan(5);

    await spans.filter({ hasText: 'look_up_invoice' }).first().click();
    const details = page.locator('#span-details');
    await expect.poll(() => details.textContent()).toContain('INV-1042');

    await spans.filter({ hasText: 'math homework' }).first().click();
    await expect
      .poll(() => details.locator('.verdict').textContent())
      .toBe('Passed');
  });

  it('draws the agents and the handoff the demo took', async () => {
    await page.locator('#graph-tab').click();
    const graph = page.locator('svg#agent-graph');
    await graph.waitFor();
    expect(
      await graph
        .locator('.agent-node')
        .evaluateAll((nodes) =>
          nodes.map((node) => node.getAttribute('data-agent')),
        ),
    ).toEqual(
      expect.arrayContaining([
        'Triage agent',
        'Billing agent',
        'Refunds agent',
      ]),
    );
    expect(
      await graph.locator('.handoff-edge.taken').getAttribute('data-to'),
    ).toBe('Billing agent');
    expect(await graph.locator('.tool-node.used').count()).toBeGreaterThan(0);
    expect(await graph.locator('.guardrail-node').count()).toBeGreaterThan(0);
  });

  it('shows a second demo run while the page is open, without a reload', async () => {
    await page.goto(viewer!.url);
    await expect.poll(() => page.locator('tr.trace-row').count()).toBe(1);
    await page.evaluate(() => {
      (window as unknown as { __notReloaded: boolean }).__notReloaded = true;
    });

    await runDemo(traceDir, 'Where is my refund for order 1043?');

    await expect.poll(() => page.locator('tr.trace-row').count()).toBe(2);
    expect(
      await page.evaluate(
        () => (window as unknown as { __notReloaded?: boolean }).__notReloaded,
      ),
    ).toBe(true);
  });
});
