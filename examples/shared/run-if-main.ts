import type { ExampleOptions } from './example-options.js';
import { isMainModule } from './is-main-module.js';

/**
 * Runs an example's `main` when its module is the script Node was started with, asking the command-line words as
 * the question (the example's own default when there are none). A failure is printed and sets a non-zero exit
 * code, so the example ends the way a small command-line program should.
 */
export function runIfMain(
  moduleUrl: string,
  main: (options: ExampleOptions) => Promise<unknown>,
): void {
  if (!isMainModule(moduleUrl)) return;
  main({ question: process.argv.slice(2).join(' ') || undefined }).catch(
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
