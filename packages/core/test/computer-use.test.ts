import { describe, expect, it } from 'vitest';
import {
  Agent,
  RunState,
  Runner,
  computerTool,
  type AgentOutputItem,
  type Computer,
  type ComputerAction,
  type ComputerCallOutputItem,
  type ComputerToolOptions,
  type StepRunner,
} from '../src/index.js';
import { FakeModel, respond, text } from './support/fake-model.js';

/** Records every action; its screenshots are numbered so each one can be told apart. */
class FakeComputer implements Computer {
  readonly environment = 'browser' as const;
  readonly dimensions: [number, number] = [800, 600];
  readonly log: string[] = [];
  #shots = 0;
  screenshot() {
    this.log.push('screenshot');
    return `c2hvdA${++this.#shots}`;
  }
  click(x: number, y: number, button: string) {
    this.log.push(`click ${x},${y} ${button}`);
  }
  doubleClick(x: number, y: number) {
    this.log.push(`double_click ${x},${y}`);
  }
  scroll(x: number, y: number, dx: number, dy: number) {
    this.log.push(`scroll ${x},${y} by ${dx},${dy}`);
  }
  type(value: string) {
    this.log.push(`type ${value}`);
  }
  wait() {
    this.log.push('wait');
  }
  move(x: number, y: number) {
    this.log.push(`move ${x},${y}`);
  }
  keypress(keys: string[]) {
    this.log.push(`keypress ${keys.join('+')}`);
  }
  drag(path: [number, number][]) {
    this.log.push(`drag ${path.map((p) => p.join(',')).join(' ')}`);
  }
}

function computerCall(
  callId: string,
  actions: ComputerAction | ComputerAction[],
  checks: Array<{ id: string; code: string; message: string }> = [],
): AgentOutputItem {
  return {
    type: 'computer_call',
    id: `cu_${callId}`,
    call_id: callId,
    ...(Array.isArray(actions) ? { actions } : { action: actions }),
    pending_safety_checks: checks,
    status: 'completed',
  };
}

function outputs(model: FakeModel, index: number): ComputerCallOutputItem[] {
  return model.requests[index]!.input.filter(
    (item): item is ComputerCallOutputItem =>
      item.type === 'computer_call_output',
  );
}

function browsingAgent(
  model: FakeModel,
  computer: Computer,
  options: Partial<ComputerToolOptions> = {},
) {
  return new Agent({
    name: 'Browser',
    model,
    tools: [computerTool({ computer, ...options })],
  });
}

const check = { id: 'sc_1', code: 'malicious_instructions', message: 'Odd' };

describe('computer use', () => {
  it('runs every action of a call on the computer and answers with a fresh screenshot', async () => {
    const computer = new FakeComputer();
    const model = new FakeModel([
      respond([
        computerCall('c1', { type: 'click', x: 5, y: 6, button: 'left' }),
      ]),
      respond([
        computerCall('c2', [
          { type: 'type', text: 'Ada' },
          { type: 'keypress', keys: ['CTRL', 'A'] },
          { type: 'scroll', x: 1, y: 2, scroll_x: 0, scroll_y: 30 },
          {
            type: 'drag',
            path: [
              { x: 1, y: 1 },
              { x: 9, y: 9 },
            ],
          },
          { type: 'double_click', x: 3, y: 3 },
          { type: 'move', x: 4, y: 4 },
          { type: 'wait' },
          { type: 'screenshot' },
        ]),
      ]),
      text('Done.'),
    ]);

    const result = await new Runner().run(
      browsingAgent(model, computer),
      'fill it',
    );

    expect(result.finalOutput).toBe('Done.');
    expect(computer.log).toEqual([
      'click 5,6 left',
      'screenshot',
      'type Ada',
      'keypress CTRL+A',
      'scroll 1,2 by 0,30',
      'drag 1,1 9,9',
      'double_click 3,3',
      'move 4,4',
      'wait',
      'screenshot',
    ]);
    expect(outputs(model, 1)).toEqual([
      {
        type: 'computer_call_output',
        call_id: 'c1',
        output: {
          type: 'computer_screenshot',
          image_url: 'data:image/png;base64,c2hvdA1',
        },
      },
    ]);
    expect(outputs(model, 2).at(-1)!.output.image_url).toBe(
      'data:image/png;base64,c2hvdA2',
    );
  });

  it('offers the preview tool with the computer display, or the computer tool without one', async () => {
    const model = new FakeModel([text('ok'), text('ok')]);
    await new Runner().run(browsingAgent(model, new FakeComputer()), 'hi');
    // A computer without display metadata: offered as the GA `computer` tool.
    const bare: Computer = new FakeComputer();
    Object.defineProperty(bare, 'environment', { value: undefined });
    await new Runner().run(browsingAgent(model, bare), 'hi');

    expect(model.requests[0]!.tools).toEqual([
      {
        type: 'hosted_tool',
        name: 'computer_use_preview',
        providerData: {
          type: 'computer_use_preview',
          environment: 'browser',
          display_width: 800,
          display_height: 600,
        },
      },
    ]);
    expect(model.requests[1]!.tools[0]).toMatchObject({
      providerData: { type: 'computer' },
    });
  });

  it('runs each computer call as one step of the step runner', async () => {
    const keys: string[] = [];
    const stepRunner: StepRunner = (key, fn) => {
      keys.push(key);
      return fn();
    };
    const model = new FakeModel([
      respond([computerCall('c1', { type: 'wait' })]),
      text('Done.'),
    ]);

    await new Runner().run(browsingAgent(model, new FakeComputer()), 'go', {
      stepRunner,
    });

    expect(keys).toEqual(['turn-1/model', 'turn-1/tool/c1', 'turn-2/model']);
  });

  it('acknowledges pending safety checks that onSafetyCheck approves', async () => {
    const computer = new FakeComputer();
    const model = new FakeModel([
      respond([computerCall('c1', { type: 'wait' }, [check])]),
      text('Done.'),
    ]);

    await new Runner().run(
      browsingAgent(model, computer, { onSafetyCheck: async () => true }),
      'go',
    );

    expect(computer.log).toEqual(['wait', 'screenshot']);
    expect(outputs(model, 1)[0]!.acknowledged_safety_checks).toEqual([check]);
  });

  it('does not run a call whose safety checks onSafetyCheck rejects, and answers with a blank screenshot', async () => {
    const computer = new FakeComputer();
    const model = new FakeModel([
      respond([computerCall('c1', { type: 'wait' }, [check])]),
      text('Stopped.'),
    ]);

    await new Runner().run(
      browsingAgent(model, computer, { onSafetyCheck: () => false }),
      'go',
    );

    expect(computer.log).toEqual([]);
    const [output] = outputs(model, 1);
    expect(output!.acknowledged_safety_checks).toBeUndefined();
    expect(output!.output.image_url).toMatch(/^data:image\/png;base64,/);
  });

  it('stops for a person on pending safety checks, and acknowledges them once approved, through a serialised state', async () => {
    const computer = new FakeComputer();
    const model = new FakeModel([
      respond([computerCall('c1', { type: 'type', text: 'pay' }, [check])]),
      text('Paid.'),
    ]);
    const agent = browsingAgent(model, computer);

    const first = await new Runner().run(agent, 'go', { stream: true });
    for await (const _event of first);
    expect(first.interruptions).toHaveLength(1);
    expect(first.interruptions[0]!.rawItem).toMatchObject({ call_id: 'c1' });
    expect(computer.log).toEqual([]);

    const state = await RunState.fromString(agent, first.state.toString());
    state.approve(state.getInterruptions()[0]!);
    const result = await new Runner().run(agent, state);

    expect(result.finalOutput).toBe('Paid.');
    expect(computer.log).toEqual(['type pay', 'screenshot']);
    expect(model.requests).toHaveLength(2);
    expect(outputs(model, 1)[0]!.acknowledged_safety_checks).toEqual([check]);
  });

  it('asks needsApproval about each action, and a rejected call does not run', async () => {
    const computer = new FakeComputer();
    const asked: string[] = [];
    const model = new FakeModel([
      respond([
        computerCall('c1', [
          { type: 'move', x: 1, y: 1 },
          { type: 'type', text: 'secret' },
        ]),
      ]),
      text('Gave up.'),
    ]);
    const agent = browsingAgent(model, computer, {
      needsApproval: (_context, action) => {
        asked.push(action.type);
        return action.type === 'type';
      },
    });

    const first = await new Runner().run(agent, 'go');
    expect(asked).toEqual(['move', 'type']);
    first.state.reject(first.interruptions[0]!);
    const result = await new Runner().run(agent, first.state);

    expect(result.finalOutput).toBe('Gave up.');
    expect(computer.log).toEqual([]);
    expect(outputs(model, 1)).toHaveLength(1);
  });
});
