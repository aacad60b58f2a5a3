import { Agent, computerTool, PlaywrightComputer, run } from '@baton/agents';

const abort = new AbortController();
// Debian's Chromium by default (CHROMIUM_PATH or executablePath for another); it may reach only this machine.
const computer = await PlaywrightComputer.launch({
  dimensions: [1024, 768],
  startUrl: 'http://127.0.0.1:8080/signup',
  signal: abort.signal,
});

const browser = new Agent({
  name: 'Browser',
  instructions: 'You operate a web browser. Do what the user asks.',
  model: 'computer-use-preview',
  // The preview model needs truncation: 'auto'.
  modelSettings: { truncation: 'auto' },
  tools: [computerTool({ computer })],
});

try {
  const result = await run(browser, 'Sign up as "Ada Lovelace".', {
    signal: abort.signal,
  });
  console.log(result.finalOutput);
} finally {
  // On success, on error and on abort: the context and the browser close.
  await computer.dispose();
}
