import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PlaywrightComputer } from './playwright-computer.js';
import { isLoopbackUrl } from './is-loopback-url.js';

/** A stand-in for a Playwright page that records what the computer asks of it. */
function fakePage() {
  const log: string[] = [];
  const record =
    (name: string) =>
    async (...args: unknown[]) => {
      log.push(`${name}(${args.map((arg) => JSON.stringify(arg)).join(', ')})`);
    };
  const page = {
    viewportSize: () => ({ width: 640, height: 480 }),
    isClosed: () => false,
    waitForLoadState: async () => {},
    screenshot: async () => Buffer.from('png!'),
    goBack: record('goBack'),
    goForward: record('goForward'),
    waitForTimeout: record('waitForTimeout'),
    mouse: {
      click: record('mouse.click'),
      dblclick: record('mouse.dblclick'),
      move: record('mouse.move'),
      wheel: record('mouse.wheel'),
      down: record('mouse.down'),
      up: record('mouse.up'),
    },
    keyboard: {
      type: record('keyboard.type'),
      down: record('keyboard.down'),
      up: record('keyboard.up'),
    },
  };
  return { page: page as unknown as Page, log };
}

describe('PlaywrightComputer', () => {
  it('takes its dimensions from the viewport and screenshots as base64 PNG', async () => {
    const { page } = fakePage();
    const computer = new PlaywrightComputer(page);
    expect(computer.dimensions).toEqual([640, 480]);
    expect(computer.environment).toBe('browser');
    expect(await computer.screenshot()).toBe(
      Buffer.from('png!').toString('base64'),
    );
  });

  it('turns each action into mouse and keyboard input on the page', async () => {
    const { page, log } = fakePage();
    const computer = new PlaywrightComputer(page, { waitMs: 5 });

    await computer.click(10, 20, 'left');
    await computer.click(1, 2, 'wheel');
    await computer.click(0, 0, 'back');
    await computer.doubleClick(3, 4);
    await computer.scroll(5, 6, 0, 120);
    await computer.type('Ada');
    await computer.move(7, 8);
    await computer.wait();
    await computer.drag([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);

    expect(log).toEqual([
      'mouse.click(10, 20, {"button":"left"})',
      'mouse.click(1, 2, {"button":"middle"})',
      'goBack()',
      'mouse.dblclick(3, 4)',
      'mouse.move(5, 6)',
      'mouse.wheel(0, 120)',
      'keyboard.type("Ada")',
      'mouse.move(7, 8)',
      'waitForTimeout(5)',
      'mouse.move(1, 1)',
      'mouse.down()',
      'mouse.move(2, 2)',
      'mouse.move(3, 3)',
      'mouse.up()',
    ]);
  });

  it('presses a key combination down in order and releases it in reverse, with Playwright key names', async () => {
    const { page, log } = fakePage();
    await new PlaywrightComputer(page).keypress(['CTRL', 'SHIFT', 'ArrowLeft']);
    expect(log).toEqual([
      'keyboard.down("Control")',
      'keyboard.down("Shift")',
      'keyboard.down("ArrowLeft")',
      'keyboard.up("ArrowLeft")',
      'keyboard.up("Shift")',
      'keyboard.up("Control")',
    ]);
  });
});

describe('isLoopbackUrl', () => {
  it('allows this machine and local schemes, and nothing else', () => {
    const allowed = [
      'http://127.0.0.1:8080/form',
      'http://localhost/',
      'http://[::1]:3000/',
      'http://127.1.2.3/',
      'about:blank',
      'data:text/html,hi',
    ].map((url) => isLoopbackUrl(new URL(url)));
    const blocked = [
      'https://example.com/',
      'http://10.0.0.1/',
      'http://127.0.0.1.evil.example/',
    ].map((url) => isLoopbackUrl(new URL(url)));
    expect(allowed.every(Boolean)).toBe(true);
    expect(blocked.some(Boolean)).toBe(false);
  });
});
