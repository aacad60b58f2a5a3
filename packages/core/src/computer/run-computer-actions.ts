import type { RunContext } from '../context/run-context.js';
import type { Computer, ComputerAction } from './computer.js';

/**
 * Runs actions on a computer in order, then takes the screenshot the model will see, as a PNG data URL. A
 * `screenshot` action does nothing by itself: every call ends with a fresh screenshot anyway. Stops between actions
 * once `signal` aborts.
 * @internal
 */
export async function runComputerActions(
  computer: Computer,
  actions: readonly ComputerAction[],
  runContext: RunContext<any>,
  signal: AbortSignal,
): Promise<string> {
  for (const action of actions) {
    signal.throwIfAborted();
    await runAction(computer, action, runContext);
  }
  signal.throwIfAborted();
  const png = await computer.screenshot(runContext);
  signal.throwIfAborted();
  return png.startsWith('data:') ? png : `data:image/png;base64,${png}`;
}

async function runAction(
  computer: Computer,
  action: ComputerAction,
  runContext: RunContext<any>,
): Promise<void> {
  switch (action.type) {
    case 'click':
      return computer.click(action.x, action.y, action.button, runContext);
    case 'double_click':
      return computer.doubleClick(action.x, action.y, runContext);
    case 'drag':
      return computer.drag(
        action.path.map(({ x, y }) => [x, y]),
        runContext,
      );
    case 'keypress':
      return computer.keypress(action.keys, runContext);
    case 'move':
      return computer.move(action.x, action.y, runContext);
    case 'scroll':
      return computer.scroll(
        action.x,
        action.y,
        action.scroll_x,
        action.scroll_y,
        runContext,
      );
    case 'type':
      return computer.type(action.text, runContext);
    case 'wait':
      return computer.wait(runContext);
    case 'screenshot':
      return;
    default:
      throw new TypeError(
        `Unknown computer action "${(action as { type: string }).type}".`,
      );
  }
}
