import type { Button, Computer } from '@baton/agents';

/** A computer of your own: a VM, a remote desktop, a test double. */
export class LoggingComputer implements Computer {
  readonly environment = 'linux' as const;
  readonly dimensions: [number, number] = [1280, 800];

  screenshot(): string {
    return 'iVBORw0KGgo...'; // a base64 PNG of the screen
  }
  click(x: number, y: number, button: Button): void {
    console.log('click', x, y, button);
  }
  doubleClick(x: number, y: number): void {
    console.log('double click', x, y);
  }
  scroll(x: number, y: number, scrollX: number, scrollY: number): void {
    console.log('scroll', x, y, scrollX, scrollY);
  }
  type(text: string): void {
    console.log('type', text);
  }
  wait(): void {}
  move(x: number, y: number): void {
    console.log('move', x, y);
  }
  keypress(keys: string[]): void {
    console.log('keys', keys.join('+'));
  }
  drag(path: [number, number][]): void {
    console.log('drag', path);
  }
}
