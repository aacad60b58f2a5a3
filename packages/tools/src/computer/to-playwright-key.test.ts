import { describe, expect, it } from 'vitest';
import { toPlaywrightKey } from './to-playwright-key.js';

describe('toPlaywrightKey', () => {
  it('maps the modifiers models name to Playwright modifiers, in any case', () => {
    expect(
      ['CTRL', 'ctrl', 'ALT', 'SHIFT', 'CMD', 'SUPER'].map(toPlaywrightKey),
    ).toEqual(['Control', 'Control', 'Alt', 'Shift', 'Meta', 'Meta']);
  });

  it('maps named keys, arrows in both spellings, and function keys', () => {
    expect(
      [
        'ENTER',
        'ESC',
        'SPACE',
        'BACKSPACE',
        'PAGEDOWN',
        'ArrowLeft',
        'UP',
        'f5',
      ].map(toPlaywrightKey),
    ).toEqual([
      'Enter',
      'Escape',
      ' ',
      'Backspace',
      'PageDown',
      'ArrowLeft',
      'ArrowUp',
      'F5',
    ]);
  });

  it('keeps single characters and unknown names as they are', () => {
    expect(['a', 'A', '1', 'MediaPlayPause'].map(toPlaywrightKey)).toEqual([
      'a',
      'A',
      '1',
      'MediaPlayPause',
    ]);
  });
});
