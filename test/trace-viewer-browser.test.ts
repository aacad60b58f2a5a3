import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  LocalTraceStore,
  startTraceViewer,
  type TraceViewer,
} from '@baton/tracing/store';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium.js';
import { writeSampleTrace } from './support/sample-traces.js';

const XSS_ANSWER =
  "Done. <img src=x onerror=\"window.__batonXss=1;fetch('/xss-img')\"><script>window.__batonXss=2;fetch('/xss-script')</script>";
const SCREENSHOT = new URL('../docs/images/trace-viewer.png', import.meta.url);

describe('the trace viewer in headless Chromium', () => {
  let root: string;
  let store: LocalTraceStore;
  let viewer: TraceViewer | undefined;
  let context: BrowserContext | undefined;
  let page: Page;
  const requested: string[] = [];

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'baton-viewer-'));
    const dir = join(root, 'traces');
    store = new LocalTraceStore({ dir });
    await writeSampleTrace(store, { seed: 1 });
    await writeSampleTrace(store, {
      seed: 2,
      workflowName: 'Refund desk',
      startedAt: new Date('2026-01-15T10:05:00Z'),
      failing: true,
      answer: XSS_ANSWER,
    });
    viewer = await startTraceViewer({ dir, port: 0, pollIntervalMs: 100 });
    const profile = join(root, 'profile');
    mkdirSync(profile);
    context = await launchChromium(profile);
    page = context.pages()[0] ?? (await context.newPage());
    page.on('request', (request) => requested.push(request.url()));
  }, 60_000);

  afterAll(async () => {
    try {
      await context?.close();
    } finally {
      await viewer?.close();
      await store?.shutdown();
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('lists the stored traces with their agents, tokens and badges', async () => {
    await page.goto(viewer!.url);
    const rows = page.locator('tr.trace-row');
    await expect.poll(() => rows.count()).toBe(2);
    const first = rows.first();
    expect(await first.textContent()).toContain('Refund desk');
    expect(await first.textContent()).toContain('Triage, Billing');
    expect(await first.locator('.badge-error').count()).toBe(1);
    expect(await first.locator('.badge-tripwire').count()).toBe(1);
    expect(await rows.nth(1).textContent()).toContain('2,010');
  });

  it('shows a trace appended while the page is open, without a reload', async () => {
    await page.evaluate(() => {
      (window as unknown as { __notReloaded: boolean }).__notReloaded = true;
    });
    await writeSampleTrace(store, {
      seed: 3,
      workflowName: 'Live run',
      startedAt: new Date('2026-01-15T10:10:00Z'),
    });
    await expect
      .poll(() => page.locator('tr.trace-row').first().textContent())
      .toContain('Live run');
    expect(
      await page.evaluate(
        () => (window as unknown as { __notReloaded?: boolean }).__notReloaded,
      ),
    ).toBe(true);
  });

  it("renders a model call's input and output items, tool calls and usage in the span details", async () => {
    await page
      .locator('tr.trace-row', { hasText: 'Refund desk' })
      .locator('a')
      .click();
    const spans = page.locator('.span-row');
    await expect.poll(() => spans.count()).toBe(10);
    await spans.filter({ hasText: 'Model call' }).nth(1).click();
    const details = page.locator('#span-details');
    const text = await details.textContent();
    expect(text).toContain('gpt-5-mini');
    expect(text).toContain('Tool call lookup_invoice');
    expect(text).toContain('"order_id": "1043"');
    expect(text).toContain('Tool result · call_h1');
    expect(text).toContain('"assistant": "Billing"');
    expect(await details.locator('table.usage td').allTextContents()).toEqual([
      '655',
      '384',
      '51',
      '20',
      '706',
    ]);
    await spans.filter({ hasText: 'Tool issue_refund' }).click();
    expect(await details.textContent()).toContain('Refund service unavailable');
  });

  it('shows an XSS payload in model output as text and never runs it', async () => {
    await page.locator('.span-row', { hasText: 'Model call' }).nth(2).click();
    const answer = page.locator('#span-details .role-assistant .text');
    expect(await answer.textContent()).toBe(XSS_ANSWER);
    expect(
      await page.locator('#span-details img, #span-details script').count(),
    ).toBe(0);
    expect(
      await page.evaluate(
        () => (window as unknown as { __batonXss?: number }).__batonXss,
      ),
    ).toBeUndefined();
    expect(
      requested.filter((url) => /\/(x|xss-img|xss-script)$/.test(url)),
    ).toEqual([]);
  });

  it('draws the agent graph with handoffs taken and not taken, tools and guardrails', async () => {
    await page.locator('#graph-tab').click();
    const graph = page.locator('svg#agent-graph');
    await graph.waitFor();
    expect(await graph.locator('.agent-node').count()).toBe(3);
    expect(
      await graph.locator('.agent-node.not-run').getAttribute('data-agent'),
    ).toBe('Refunds');
    expect(
      await graph.locator('.handoff-edge.taken').getAttribute('data-to'),
    ).toBe('Billing');
    expect(await graph.locator('.handoff-edge.not-taken').count()).toBe(2);
    expect(await graph.locator('.tool-node.used').count()).toBe(2);
    expect(await graph.locator('.guardrail-node.tripped').textContent()).toBe(
      'on_topic',
    );
  });

  it('saves a screenshot of a trace for the docs', async () => {
    await page.locator('.tab', { hasText: 'Timeline' }).click();
    await page.locator('.span-row', { hasText: 'Model call' }).nth(1).click();
    await page.locator('#span-details table.usage').waitFor();
    mkdirSync(new URL('.', SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT.pathname, fullPage: true });
  });
});
