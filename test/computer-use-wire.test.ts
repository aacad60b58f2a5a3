import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  Agent,
  computerTool,
  RunAbortedError,
  RunState,
  type ComputerCallOutputItem,
  type RunStreamEvent,
} from '@baton/core';
import { PlaywrightComputer } from '@baton/tools';
import {
  FIELD_POINT,
  startFormPage,
  SUBMIT_POINT,
  type FormPage,
} from '../examples/computer-use/form-page.js';
import { openAPIValidator } from './support/openapi-validator.js';
import { responsesBodies, wirePerTest } from './support/wire-setup.js';

const startWire = wirePerTest();
const validator = openAPIValidator();
const SCREENSHOT = new URL('../docs/images/computer-use.png', import.meta.url);

const open: Array<{ close(): Promise<void> } | PlaywrightComputer> = [];
afterEach(async () => {
  for (const thing of open.splice(0).reverse())
    await ('dispose' in thing ? thing.dispose() : thing.close());
});

async function formAndBrowser(
  signal?: AbortSignal,
): Promise<{ page: FormPage; computer: PlaywrightComputer }> {
  const page = await startFormPage();
  open.push(page);
  const computer = await PlaywrightComputer.launch({
    dimensions: [800, 600],
    startUrl: page.url,
    signal,
  });
  open.push(computer);
  return { page, computer };
}

function signUp(name: string, extra = ''): string {
  return (
    `Sign up as "${name}": the name field is at (${FIELD_POINT.x}, ${FIELD_POINT.y}) ` +
    `and the Sign up button at (${SUBMIT_POINT.x}, ${SUBMIT_POINT.y}).${extra}`
  );
}

function browser(computer: PlaywrightComputer) {
  return new Agent({
    name: 'Browser',
    instructions: 'Use the computer to do what the user asks.',
    tools: [computerTool({ computer })],
  });
}

function computerOutputs(bodies: Array<Record<string, unknown>>) {
  return bodies.flatMap((body) =>
    (body.input as Array<{ type: string }>).filter(
      (item): item is ComputerCallOutputItem =>
        item.type === 'computer_call_output',
    ),
  );
}

/** The Chromium processes this test process started and that are still running. */
function chromiumChildren(): string[] {
  const out = execFileSync(
    'ps',
    ['-o', 'pid=,comm=', '--ppid', String(process.pid)],
    {
      encoding: 'utf8',
    },
  );
  return out.split('\n').filter((line) => /chrom/i.test(line));
}

describe('computer use on a real browser, over the wire', () => {
  it('fills and submits a form on a local page: screenshot, click, type, click, screenshot, answer', async () => {
    const wire = await startWire();
    const { page, computer } = await formAndBrowser();

    const result = await wire.runner.run(
      browser(computer),
      signUp('Ada Lovelace'),
    );

    expect(page.submissions).toEqual(['Ada Lovelace']);
    expect(result.finalOutput).toBe(
      'I typed "Ada Lovelace" into the field and submitted the form.',
    );
    expect(await computer.page.textContent('#done')).toBe(
      'Thanks, Ada Lovelace: you are signed up.',
    );
    const bodies = responsesBodies(wire.emulator);
    expect(bodies).toHaveLength(6);
    for (const body of bodies)
      expect(validator.validateRequest('CreateResponse', body)).toEqual([]);
    expect(bodies[0]!.tools).toEqual([
      {
        type: 'computer_use_preview',
        environment: 'browser',
        display_width: 800,
        display_height: 600,
      },
    ]);
    // Each request carries the whole session so far: the last one has every screenshot.
    const outputs = computerOutputs([bodies.at(-1)!]);
    expect(outputs).toHaveLength(5);
    for (const output of outputs)
      expect(output.output.image_url).toMatch(/^data:image\/png;base64,iVBOR/);
    // The screenshot after typing shows the filled form: the one the docs show.
    const typed = outputs[2]!.output.image_url;
    writeFileSync(SCREENSHOT, Buffer.from(typed.split(',')[1]!, 'base64'));
  }, 60_000);

  it('streams the same session, each computer call and its screenshot as run items', async () => {
    const wire = await startWire();
    const { page, computer } = await formAndBrowser();

    const result = await wire.runner.run(browser(computer), signUp('Grace'), {
      stream: true,
    });
    const names: string[] = [];
    for await (const event of result as AsyncIterable<RunStreamEvent>)
      if (event.type === 'run_item_stream_event') names.push(event.name);

    expect(page.submissions).toEqual(['Grace']);
    expect(names.filter((name) => name === 'tool_called')).toHaveLength(5);
    expect(names.filter((name) => name === 'tool_output')).toHaveLength(5);
    expect(result.finalOutput).toContain('Grace');
  }, 60_000);

  it('blocks on a pending safety check until a person approves, then runs the click and acknowledges the check', async () => {
    const wire = await startWire();
    const { page, computer } = await formAndBrowser();
    const agent = browser(computer);

    const first = await wire.runner.run(
      agent,
      signUp('Alan', ' This is a sensitive page.'),
    );

    expect(first.interruptions).toHaveLength(1);
    const waiting = first.interruptions[0]!.rawItem as Record<string, any>;
    expect(waiting).toMatchObject({
      type: 'computer_call',
      action: { type: 'click', ...SUBMIT_POINT },
      pending_safety_checks: [{ code: 'sensitive_domain' }],
    });
    expect(page.submissions).toEqual([]);
    const before = responsesBodies(wire.emulator).length;

    const state = await RunState.fromString(agent, first.state.toString());
    state.approve(state.getInterruptions()[0]!);
    const result = await wire.runner.run(agent, state);

    expect(page.submissions).toEqual(['Alan']);
    expect(result.finalOutput).toContain('Alan');
    const bodies = responsesBodies(wire.emulator);
    for (const body of bodies)
      expect(validator.validateRequest('CreateResponse', body)).toEqual([]);
    const answer = computerOutputs(bodies.slice(before, before + 1)).find(
      (output) => output.call_id === waiting.call_id,
    )!;
    expect(answer.acknowledged_safety_checks).toEqual(
      waiting.pending_safety_checks,
    );
  }, 60_000);

  it('closes the browser when the run is aborted mid-session, leaving no Chromium process behind', async () => {
    const wire = await startWire();
    const controller = new AbortController();
    const { computer } = await formAndBrowser(controller.signal);
    expect(chromiumChildren()).not.toEqual([]);
    const agent = browser(computer);
    let calls = 0;
    const run = wire.runner.run(agent, signUp('Ada'), {
      signal: controller.signal,
      stream: true,
    });
    const result = await run;
    await expect(
      (async () => {
        for await (const event of result)
          if (
            event.type === 'run_item_stream_event' &&
            event.name === 'tool_output' &&
            ++calls === 2
          )
            controller.abort();
      })(),
    ).rejects.toBeInstanceOf(RunAbortedError);

    // The abort alone started the disposal; awaiting dispose() waits for that same one to finish.
    expect(computer.disposed).toBe(true);
    await computer.dispose();
    expect(computer.isConnected).toBe(false);
    expect(chromiumChildren()).toEqual([]);
  }, 60_000);
});
