import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import {
  Agent,
  computerTool,
  PlaywrightComputer,
  type ComputerAction,
  type RunItem,
} from '@baton/agents';
import { connect } from '../shared/connect.js';
import type { ExampleOptions } from '../shared/example-options.js';
import { runIfMain } from '../shared/run-if-main.js';
import { writeToStdout } from '../shared/write-to-stdout.js';
import { FIELD_POINT, startFormPage, SUBMIT_POINT } from './form-page.js';

/** The model that drives the computer on OpenAI: the preview computer-use model. */
export const COMPUTER_USE_MODEL = 'computer-use-preview';

/** The screen the model sees, in pixels. */
const DIMENSIONS: [number, number] = [800, 600];

/** Options of the computer-use example. */
export interface ComputerUseOptions extends ExampleOptions {
  /** Where the last screenshot is saved. Default: `baton-computer-use.png` in the OS temp folder. */
  screenshotPath?: string;
}

/** What the session did. */
export interface ComputerUseReport {
  /** The agent's last message. */
  answer: string;
  /** The names the form page received. */
  submissions: string[];
  /** The page's text when the run ended. */
  pageText: string;
  /** Where the last screenshot was saved. */
  screenshotPath: string;
}

/** The request when none is given: the page's layout is fixed, so the points are given too. */
export const DEFAULT_REQUEST =
  `Sign up as "Ada Lovelace" on the page on the screen: the name field is at (${FIELD_POINT.x}, ${FIELD_POINT.y}) ` +
  `and the Sign up button at (${SUBMIT_POINT.x}, ${SUBMIT_POINT.y}).`;

/**
 * A browsing agent on a real Chromium: it fills and submits a sign-up form served on 127.0.0.1, one action at a
 * time, seeing a screenshot after each. Prints each action, then the page's final text, and saves the last
 * screenshot.
 */
export async function main(
  options: ComputerUseOptions = {},
): Promise<ComputerUseReport> {
  const write = options.write ?? writeToStdout;
  const env = options.env ?? process.env;
  const request = options.question ?? DEFAULT_REQUEST;
  const screenshotPath =
    options.screenshotPath ?? join(tmpdir(), 'baton-computer-use.png');
  const connection = await connect({ env });
  const page = await startFormPage();
  const abort = new AbortController();
  const computer = await PlaywrightComputer.launch({
    dimensions: DIMENSIONS,
    startUrl: page.url,
    signal: abort.signal,
  });
  const agent = new Agent({
    name: 'Browser',
    instructions:
      'You operate a web browser. Do what the user asks on the page on the screen, then say what you did.',
    // The emulator answers any model name; on OpenAI, computer use needs its own model.
    ...(!connection.emulator && {
      model: env.BATON_MODEL || COMPUTER_USE_MODEL,
      modelSettings: { truncation: 'auto' as const },
    }),
    tools: [computerTool({ computer })],
  });
  try {
    write(`${connection.banner}\n`);
    write(`\nPage: ${page.url}\nRequest: ${request}\n\n`);
    const result = await connection.runner.run(agent, request, {
      stream: true,
      signal: abort.signal,
    });
    let lastScreenshot: string | undefined;
    for await (const event of result) {
      if (event.type !== 'run_item_stream_event') continue;
      if (event.name === 'tool_called') write(describeActions(event.item));
      if (event.item.type === 'tool_call_output_item')
        lastScreenshot = String(event.item.output ?? '');
    }
    if (lastScreenshot?.startsWith('data:image/png;base64,'))
      await writeFile(
        screenshotPath,
        Buffer.from(lastScreenshot.split(',')[1]!, 'base64'),
      );
    const pageText = (await computer.page.innerText('body')).trim();
    const answer = String(result.finalOutput ?? '');
    write(`\nAnswer: ${answer}\nPage now: ${pageText.replace(/\s+/g, ' ')}\n`);
    write(`Last screenshot: ${screenshotPath}\n`);
    return {
      answer,
      submissions: [...page.submissions],
      pageText,
      screenshotPath,
    };
  } finally {
    abort.abort();
    await computer.dispose();
    await page.close();
    await connection.close();
  }
}

function describeActions(item: RunItem): string {
  const call = item.rawItem as {
    type?: string;
    action?: ComputerAction;
    actions?: ComputerAction[];
  };
  if (call.type !== 'computer_call') return '';
  const actions = call.actions ?? (call.action ? [call.action] : []);
  return actions.map((action) => `[computer] ${describe(action)}\n`).join('');
}

function describe(action: ComputerAction): string {
  switch (action.type) {
    case 'click':
      return `click (${action.x}, ${action.y}) ${action.button}`;
    case 'double_click':
      return `double-click (${action.x}, ${action.y})`;
    case 'type':
      return `type "${action.text}"`;
    case 'keypress':
      return `press ${action.keys.join('+')}`;
    case 'scroll':
      return `scroll (${action.scroll_x}, ${action.scroll_y}) at (${action.x}, ${action.y})`;
    case 'move':
      return `move to (${action.x}, ${action.y})`;
    case 'drag':
      return `drag along ${action.path.length} points`;
    case 'screenshot':
    case 'wait':
      return action.type;
  }
}

runIfMain(import.meta.url, main);
