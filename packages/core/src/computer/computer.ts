import type { RunContext } from '../context/run-context.js';

/** The kind of display a computer shows, as the API names it. */
export type Environment = 'mac' | 'windows' | 'ubuntu' | 'linux' | 'browser';

/** A mouse button, as the model names it. */
export type Button = 'left' | 'right' | 'wheel' | 'back' | 'forward';

type Promisable<T> = T | Promise<T>;

/**
 * A computer the model can see and drive through a computer tool. Baton calls one method per action of a
 * `computer_call`, then `screenshot()` for the picture it sends back; coordinates are in screenshot pixels.
 * `PlaywrightComputer` (in `@baton/tools`) is a ready one, on a real browser.
 */
export interface Computer {
  /** The kind of display (needed by the preview computer tool, `computer_use_preview`). */
  environment?: Environment;
  /** The display's `[width, height]` in pixels (needed by the preview computer tool). */
  dimensions?: [number, number];
  /** A PNG of the screen, base64-encoded (no `data:` prefix). */
  screenshot(runContext?: RunContext): Promisable<string>;
  /** Clicks `button` at `(x, y)`. */
  click(
    x: number,
    y: number,
    button: Button,
    runContext?: RunContext,
  ): Promisable<void>;
  /** Double-clicks at `(x, y)`. */
  doubleClick(x: number, y: number, runContext?: RunContext): Promisable<void>;
  /** Scrolls by `(scrollX, scrollY)` with the pointer at `(x, y)`. */
  scroll(
    x: number,
    y: number,
    scrollX: number,
    scrollY: number,
    runContext?: RunContext,
  ): Promisable<void>;
  /** Types `text` where the focus is. */
  type(text: string, runContext?: RunContext): Promisable<void>;
  /** Waits a moment (for the screen to settle). */
  wait(runContext?: RunContext): Promisable<void>;
  /** Moves the pointer to `(x, y)`. */
  move(x: number, y: number, runContext?: RunContext): Promisable<void>;
  /** Presses `keys` together, as the model names them (`CTRL`, `ENTER`, `a`...). */
  keypress(keys: string[], runContext?: RunContext): Promisable<void>;
  /** Drags the pointer along `path`, button down, from its first point to its last. */
  drag(path: [number, number][], runContext?: RunContext): Promisable<void>;
}

/** One action of a `computer_call`, in the API's shape. */
export type ComputerAction =
  | { type: 'click'; x: number; y: number; button: Button }
  | { type: 'double_click'; x: number; y: number }
  | { type: 'drag'; path: Array<{ x: number; y: number }> }
  | { type: 'keypress'; keys: string[] }
  | { type: 'move'; x: number; y: number }
  | { type: 'screenshot' }
  | { type: 'scroll'; x: number; y: number; scroll_x: number; scroll_y: number }
  | { type: 'type'; text: string }
  | { type: 'wait' };

/** A safety check the API raises on a computer call; it must be acknowledged for the action to go ahead. */
export interface ComputerSafetyCheck {
  id: string;
  code?: string | null;
  message?: string | null;
}

/** The model's computer call (`computer_call`): one action, or a batch of them in `actions`. */
export interface ComputerCallItem {
  type: 'computer_call';
  id: string;
  call_id: string;
  action?: ComputerAction;
  actions?: ComputerAction[];
  pending_safety_checks: ComputerSafetyCheck[];
  status: 'in_progress' | 'completed' | 'incomplete';
  [field: string]: unknown;
}

/** The answer to a computer call: a screenshot taken after its actions, and the safety checks acknowledged. */
export interface ComputerCallOutputItem {
  type: 'computer_call_output';
  id?: string;
  call_id: string;
  output: { type: 'computer_screenshot'; image_url: string };
  acknowledged_safety_checks?: ComputerSafetyCheck[];
  status?: 'in_progress' | 'completed' | 'incomplete';
  [field: string]: unknown;
}

/** The actions of a call, one or a batch, in order. */
export function computerActions(call: ComputerCallItem): ComputerAction[] {
  if (Array.isArray(call.actions) && call.actions.length > 0)
    return call.actions;
  return call.action ? [call.action] : [];
}
