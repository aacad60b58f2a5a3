import { UserError, type Button, type Computer } from '@baton/core';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { isLoopbackUrl } from './is-loopback-url.js';
import { toPlaywrightKey } from './to-playwright-key.js';

/** Debian's Chromium: Baton drives the system's browser, never one Playwright downloads. */
const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Flags that keep a headless Chromium from reaching the network on its own (updates, sync, QUIC). */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const SCREENSHOT_TIMEOUT_MS = 5000;
const SCREENSHOT_ATTEMPTS = 3;

/** Options of {@link PlaywrightComputer.launch}. */
export interface PlaywrightComputerOptions {
  /** The Chromium to run: this path, else `CHROMIUM_PATH`, else `/usr/bin/chromium`. */
  executablePath?: string;
  /** The viewport, which is the screen the model sees, as `[width, height]`; `[1024, 768]` by default. */
  dimensions?: [number, number];
  /** The page to open first; `about:blank` by default. */
  startUrl?: string;
  /**
   * Where the browser may go: origins (`http://127.0.0.1:8080`) or a predicate on each request's URL. Every other
   * request — a navigation, an image, a fetch — is blocked. By default only this machine (loopback hosts, `about:`,
   * `data:`, `blob:`), so an agent cannot wander off.
   */
  allow?: readonly string[] | ((url: URL) => boolean);
  /** Aborting it closes the browser (the run's `signal` is a good choice). */
  signal?: AbortSignal;
  /** Run with a window; false (headless) by default. */
  headed?: boolean;
  /** How long `wait` waits, in milliseconds; 1000 by default. */
  waitMs?: number;
}

/**
 * A real browser computer: one Chromium, one browser context, one page, driven through `playwright-core`. Launch
 * one per run, and `dispose()` it when the run ends, however it ends (or pass the run's `signal`).
 * @example
 * const computer = await PlaywrightComputer.launch({ startUrl: 'http://127.0.0.1:8080/' });
 * try { await run(agent, 'Sign up Ada', { signal }); } finally { await computer.dispose(); }
 * @see docs/computer-use.md
 */
export class PlaywrightComputer implements Computer {
  readonly environment = 'browser' as const;
  readonly dimensions: [number, number];
  /** The URLs the allow-list blocked, in order. */
  readonly blockedRequests: string[] = [];
  readonly #page: Page;
  readonly #context: BrowserContext | undefined;
  readonly #browser: Browser | undefined;
  readonly #waitMs: number;
  #disposed: Promise<void> | undefined;
  #navigation: Promise<unknown> = Promise.resolve();

  /** Drives a page you opened yourself; `dispose()` then closes only what `launch` opened (nothing here). */
  constructor(
    page: Page,
    options: {
      dimensions?: [number, number];
      waitMs?: number;
      context?: BrowserContext;
      browser?: Browser;
    } = {},
  ) {
    this.#page = page;
    const viewport = page.viewportSize();
    this.dimensions =
      options.dimensions ??
      (viewport ? [viewport.width, viewport.height] : [1024, 768]);
    this.#waitMs = options.waitMs ?? 1000;
    this.#context = options.context;
    this.#browser = options.browser;
    // A main-frame navigation (a submitted form, a followed link) is done when the new page has loaded, or failed.
    page.on?.('request', (request) => {
      if (
        !request.isNavigationRequest() ||
        request.frame() !== page.mainFrame()
      )
        return;
      this.#navigation = Promise.race([
        page.waitForEvent('load', { timeout: SCREENSHOT_TIMEOUT_MS }),
        page.waitForEvent('requestfailed', {
          predicate: (failed) => failed === request,
          timeout: SCREENSHOT_TIMEOUT_MS,
        }),
      ]).catch(() => undefined);
    });
  }

  /** Starts Chromium with a fresh context whose viewport is `dimensions`, and opens `startUrl`. */
  static async launch(
    options: PlaywrightComputerOptions = {},
  ): Promise<PlaywrightComputer> {
    options.signal?.throwIfAborted();
    const { chromium } = await loadPlaywright();
    const [width, height] = options.dimensions ?? [1024, 768];
    const browser = await chromium.launch({
      executablePath:
        options.executablePath ??
        process.env['CHROMIUM_PATH'] ??
        DEFAULT_CHROMIUM,
      headless: options.headed !== true,
      args: CHROMIUM_ARGS,
    });
    let computer: PlaywrightComputer | undefined;
    try {
      const context = await browser.newContext({
        viewport: { width, height },
        deviceScaleFactor: 1,
        serviceWorkers: 'block',
      });
      const page = await context.newPage();
      computer = new PlaywrightComputer(page, {
        dimensions: [width, height],
        waitMs: options.waitMs,
        context,
        browser,
      });
      await context.route('**/*', guard(options.allow, computer));
      options.signal?.addEventListener(
        'abort',
        () => void computer?.dispose(),
        {
          once: true,
        },
      );
      options.signal?.throwIfAborted();
      if (options.startUrl) await page.goto(options.startUrl);
      return computer;
    } catch (error) {
      await (computer ? computer.dispose() : browser.close());
      throw error;
    }
  }

  /** The page the model sees. */
  get page(): Page {
    return this.#page;
  }

  /** Whether `dispose()` was called, or the `signal` aborted: the browser is closing or closed. */
  get disposed(): boolean {
    return this.#disposed !== undefined;
  }

  /** Whether the browser is still running (false once disposed). */
  get isConnected(): boolean {
    return this.#browser?.isConnected() ?? !this.#page.isClosed();
  }

  /**
   * A PNG of the viewport, once the page has loaded. A click that submits a form starts a navigation, and a
   * screenshot taken in the middle of one fails or hangs: the computer waits for a navigation it saw start, and
   * tries again, with a short timeout, if the capture still fails.
   */
  async screenshot(): Promise<string> {
    for (let attempt = 1; ; attempt += 1) {
      await this.#navigation;
      await this.#page.waitForLoadState('load');
      try {
        const png = await this.#page.screenshot({
          type: 'png',
          timeout: SCREENSHOT_TIMEOUT_MS,
        });
        return png.toString('base64');
      } catch (error) {
        if (attempt >= SCREENSHOT_ATTEMPTS || this.#page.isClosed())
          throw error;
      }
    }
  }

  async click(x: number, y: number, button: Button): Promise<void> {
    if (button === 'back') return void (await this.#page.goBack());
    if (button === 'forward') return void (await this.#page.goForward());
    await this.#page.mouse.click(x, y, {
      button: button === 'wheel' ? 'middle' : button,
    });
  }

  async doubleClick(x: number, y: number): Promise<void> {
    await this.#page.mouse.dblclick(x, y);
  }

  async scroll(
    x: number,
    y: number,
    scrollX: number,
    scrollY: number,
  ): Promise<void> {
    await this.#page.mouse.move(x, y);
    await this.#page.mouse.wheel(scrollX, scrollY);
  }

  async type(text: string): Promise<void> {
    await this.#page.keyboard.type(text);
  }

  async wait(): Promise<void> {
    await this.#page.waitForTimeout(this.#waitMs);
  }

  async move(x: number, y: number): Promise<void> {
    await this.#page.mouse.move(x, y);
  }

  /** Presses the keys together: each goes down in order, then up in reverse (`['CTRL', 'A']` selects all). */
  async keypress(keys: string[]): Promise<void> {
    const mapped = keys.map(toPlaywrightKey);
    for (const key of mapped) await this.#page.keyboard.down(key);
    for (const key of mapped.reverse()) await this.#page.keyboard.up(key);
  }

  async drag(path: [number, number][]): Promise<void> {
    const [first, ...rest] = path;
    if (!first) return;
    const { mouse } = this.#page;
    await mouse.move(first[0], first[1]);
    await mouse.down();
    for (const [x, y] of rest) await mouse.move(x, y);
    await mouse.up();
  }

  /** Closes the context and the browser `launch` opened; safe to call more than once, and after a crash. */
  dispose(): Promise<void> {
    this.#disposed ??= (async () => {
      try {
        await this.#context?.close();
      } finally {
        await this.#browser?.close();
      }
    })();
    return this.#disposed;
  }
}

function guard(
  allow: PlaywrightComputerOptions['allow'],
  computer: PlaywrightComputer,
): (route: Route) => Promise<void> {
  const allowed =
    typeof allow === 'function'
      ? allow
      : allow
        ? (url: URL) =>
            ['about:', 'data:', 'blob:'].includes(url.protocol) ||
            allow.includes(url.origin)
        : isLoopbackUrl;
  return async (route) => {
    const url = route.request().url();
    if (allowed(new URL(url))) return route.continue();
    computer.blockedRequests.push(url);
    await route.abort('blockedbyclient');
  };
}

async function loadPlaywright(): Promise<typeof import('playwright-core')> {
  try {
    return await import('playwright-core');
  } catch (error) {
    throw new UserError(
      'PlaywrightComputer needs playwright-core: install it (npm install playwright-core) next to @baton/tools.',
      { cause: error },
    );
  }
}
