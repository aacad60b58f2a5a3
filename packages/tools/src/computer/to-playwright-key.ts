/** Key names as computer-use models write them (any case), and Playwright's name for each. */
const KEYS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    alt: 'Alt',
    option: 'Alt',
    ctrl: 'Control',
    control: 'Control',
    shift: 'Shift',
    cmd: 'Meta',
    command: 'Meta',
    meta: 'Meta',
    super: 'Meta',
    win: 'Meta',
    enter: 'Enter',
    return: 'Enter',
    esc: 'Escape',
    escape: 'Escape',
    tab: 'Tab',
    space: ' ',
    backspace: 'Backspace',
    delete: 'Delete',
    del: 'Delete',
    insert: 'Insert',
    home: 'Home',
    end: 'End',
    pageup: 'PageUp',
    pagedown: 'PageDown',
    capslock: 'CapsLock',
    arrowup: 'ArrowUp',
    arrowdown: 'ArrowDown',
    arrowleft: 'ArrowLeft',
    arrowright: 'ArrowRight',
    up: 'ArrowUp',
    down: 'ArrowDown',
    left: 'ArrowLeft',
    right: 'ArrowRight',
    '/': 'Slash',
    '\\': 'Backslash',
  }),
);

/**
 * Playwright's name for a key as a computer-use model names it: `CTRL` → `Control`, `ENTER` → `Enter`,
 * `SPACE` → `' '`, `ArrowLeft` stays `ArrowLeft`, `f5` → `F5`. A single character is typed as itself; a name Baton
 * does not know is passed on unchanged, for Playwright to accept or reject.
 */
export function toPlaywrightKey(key: string): string {
  const known = KEYS.get(key.toLowerCase());
  if (known !== undefined) return known;
  if (/^f([1-9]|1[0-9]|2[0-4])$/i.test(key)) return key.toUpperCase();
  return key;
}
