import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main as chat } from '../examples/chat/main.js';
import { main as agentsAsTools } from '../examples/agents-as-tools/main.js';
import { main as computerUse } from '../examples/computer-use/main.js';
import { main as durable } from '../examples/durable/main.js';
import { main as guardrails } from '../examples/guardrails/main.js';
import { main as helloWorld } from '../examples/hello-world/main.js';
import { main as humanInTheLoop } from '../examples/human-in-the-loop/main.js';
import { main as mcp } from '../examples/mcp/main.js';
import { main as parallelTools } from '../examples/parallel-tools/main.js';
import {
  EMULATED_VECTOR_STORE,
  main as research,
} from '../examples/research/main.js';
import { connect } from '../examples/shared/connect.js';
import { main as structuredOutput } from '../examples/structured-output/main.js';
import { nodeScriptsPerTest } from './support/node-script.js';
import { startRedisServer } from '../packages/sessions/test/support/start-redis-server.js';

/** Collects what an example prints; examples get an empty environment so they always use the emulator. */
function capture() {
  const output = {
    text: '',
    write: (chunk: string) => void (output.text += chunk),
  };
  return output;
}

const EMULATOR_BANNER =
  /^No OPENAI_API_KEY set: running on the local Baton emulator at http:\/\/127\.0\.0\.1:\d+\/v1/;

describe('the examples, run offline on the emulator', () => {
  it('hello-world prints the banner, then the answer to the question', async () => {
    const output = capture();
    const result = await helloWorld({
      question: 'What is a baton?',
      env: {},
      write: output.write,
    });
    const [banner, answer] = output.text.split('\n');
    expect(banner).toMatch(EMULATOR_BANNER);
    expect(answer).toBe(result.finalOutput);
    expect(answer).toContain('What is a baton?');
  });

  it('structured-output returns a parsed object that matches its zod schema, and prints its fields', async () => {
    const output = capture();
    const result = await structuredOutput({ env: {}, write: output.write });
    const event = result.finalOutput!;
    expect(event.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Array.isArray(event.participants)).toBe(true);
    expect(output.text).toContain(`Date:         ${event.date}\n`);
    expect(output.text).toContain(
      `Participants: ${event.participants.join(', ')}\n`,
    );
  });

  it('research prints the web and file searches, then the answer and each cited source once', async () => {
    const output = capture();
    const report = await research({
      question: 'Baton exchange zones',
      env: {},
      write: output.write,
    });
    expect(output.text).toContain('[web search] Baton exchange zones\n');
    expect(output.text).toContain('[file search] Baton exchange zones\n');
    expect(report.citations.map((citation) => citation.type)).toEqual([
      'url_citation',
      'file_citation',
    ]);
    expect(output.text).toContain(`Answer: ${report.answer}\n`);
    expect(output.text).toContain(
      `  2. ${EMULATED_VECTOR_STORE}.md (file-emulated-`,
    );
  });

  it('mcp answers from the shared folder through its stdio MCP server, without the filtered-out write tool', async () => {
    const output = capture();
    const report = await mcp({ env: {}, write: output.write });
    expect(output.text).toMatch(EMULATOR_BANNER);
    expect(report.offered).toEqual(['list_files', 'read_file', 'search_files']);
    expect(report.calls).toEqual([
      'list_files {"path":"."}',
      'read_file {"path":"relay-rules.md"}',
    ]);
    expect(output.text).toContain(
      '[mcp files] read_file {"path":"relay-rules.md"}\n',
    );
    expect(report.answer).toContain(
      'The baton must be passed inside the 30-metre exchange zone.',
    );
  });

  it('agents-as-tools streams both translators’ deltas, tagged with their calls and interleaved, then the joined answer', async () => {
    const output = capture();
    const { result, streamed } = await agentsAsTools({
      env: {},
      write: output.write,
    });
    const translations = [...streamed.values()];
    expect(translations).toHaveLength(2);
    expect(result.finalOutput).toBe(translations.join('\n'));
    const tags = output.text
      .split('\n')
      .filter((line) => line.startsWith('['))
      .map((line) => line.slice(0, line.indexOf(']') + 1));
    expect(new Set(tags)).toEqual(
      new Set([
        '[to_spanish › Spanish translator]',
        '[to_french › French translator]',
      ]),
    );
    // The two streams ran side by side: the tags alternate before either translation is complete.
    expect(tags.indexOf('[to_french › French translator]')).toBeLessThan(
      tags.lastIndexOf('[to_spanish › Spanish translator]'),
    );
    expect(output.text).toContain(`Answer:\n${String(result.finalOutput)}\n`);
    expect(result.usage.requests).toBe(4);
  });

  it('parallel-tools gets three calls in one response and runs them at the same time', async () => {
    const output = capture();
    const result = await parallelTools({ env: {}, write: output.write });
    expect(output.text).toContain(
      'The model asked for 3 tool calls in one response; 3 ran at the same time.',
    );
    expect(result.rawResponses).toHaveLength(2);
    for (const forecast of [
      '18°C, light rain',
      '24°C, sunny',
      '16°C, overcast',
    ]) {
      expect(result.finalOutput).toContain(forecast);
    }
  });
});

describe('the computer-use example, run offline on the emulator and a real Chromium', () => {
  it('prints each action, fills and submits the local form, and saves the last screenshot', async () => {
    const output = capture();
    const dir = mkdtempSync(join(tmpdir(), 'baton-computer-use-'));
    try {
      const screenshotPath = join(dir, 'last.png');
      const report = await computerUse({
        env: {},
        write: output.write,
        screenshotPath,
      });
      expect(report.submissions).toEqual(['Ada Lovelace']);
      expect(output.text).toContain(
        '[computer] screenshot\n[computer] click (200, 120) left\n' +
          '[computer] type "Ada Lovelace"\n[computer] click (200, 200) left\n' +
          '[computer] screenshot\n',
      );
      expect(output.text).toContain(
        'Page now: Relay club sign-up Thanks, Ada Lovelace: you are signed up.\n',
      );
      expect(output.text).toContain(`Last screenshot: ${screenshotPath}\n`);
      expect(
        readFileSync(screenshotPath).subarray(1, 4).toString('latin1'),
      ).toBe('PNG');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('the guardrails example, run offline on the emulator', () => {
  it('stops the homework question at the input guardrail and answers the refund question', async () => {
    const output = capture();
    const answers = await guardrails({ env: {}, write: output.write });
    expect(answers.map((answer) => answer.outcome)).toEqual([
      'stopped by input guardrail',
      'answered',
    ]);
    expect(answers[0]!.text).toMatch(/homework.*gpt-4o-mini/);
    expect(output.text).toContain('Customer: Where is my refund');
  });

  it('withholds an answer that breaks the output guardrail', async () => {
    const output = capture();
    const answers = await guardrails({
      env: {},
      write: output.write,
      questions: ['Call me back on +44 20 7946 0958 about my invoice'],
    });
    expect(answers[0]!.outcome).toBe('stopped by output guardrail');
  });
});

describe('the human-in-the-loop example, run offline on the emulator', () => {
  let folder: string;
  let stateFile: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'baton-hitl-example-'));
    stateFile = join(folder, 'run-state.json');
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  const env = { RUN_STATE_SECRET: 'example-test-secret-0123456789' };
  const hitl = (args: string[], input?: string) => {
    const output = capture();
    const outcome = humanInTheLoop({
      args: [...args, '--state', stateFile],
      env,
      write: output.write,
      input: input === undefined ? undefined : Readable.from([input]),
    });
    return outcome.then((result) => ({ result, text: output.text }));
  };

  it('stops at a refund above the limit, then --resume --approve issues it once; resuming the same file again is refused', async () => {
    const first = await hitl(['Refund order 1234']);
    expect(first.result).toMatchObject({ outcome: 'waiting', refunds: [] });
    expect(first.text).toContain(
      '$249.00 for order 1234, above the $100.00 limit',
    );
    expect(first.text).toContain(
      'npm run example:human-in-the-loop -- --resume',
    );
    expect(JSON.parse(readFileSync(stateFile, 'utf8'))).toMatchObject({
      $schemaVersion: 3,
      signature: { algorithm: 'HMAC-SHA256' },
    });

    const second = await hitl(['--resume', '--approve']);
    expect(second.result).toMatchObject({
      outcome: 'finished',
      decisions: ['approve'],
      refunds: ['1234'],
    });
    expect(second.text).toContain('Refunded $249.00 for order 1234');

    const third = await hitl(['--resume', '--approve']);
    expect(third.result.outcome).toBe('refused');
    expect(third.text).toMatch(/was resumed before.*Nothing was run/);
  });

  it('asks at the prompt, and tells the model the reason given for a rejection', async () => {
    await hitl(['Refund order 4321']);
    const resumed = await hitl(
      ['--resume'],
      'perhaps\nn\nOutside the return window\n',
    );
    expect(resumed.text).toContain('Please answer y or n.');
    expect(resumed.result).toMatchObject({
      outcome: 'finished',
      decisions: ['reject'],
      refunds: [],
    });
    if (resumed.result.outcome !== 'finished') return;
    expect(resumed.result.answer).toContain('Outside the return window');
  });

  it('refunds a small order at once, without asking anyone', async () => {
    const { result } = await hitl(['Refund order 1001']);
    expect(result).toMatchObject({ outcome: 'finished', refunds: ['1001'] });
  });

  it('refuses a state file edited after it was saved', async () => {
    await hitl(['Refund order 1234']);
    writeFileSync(
      stateFile,
      readFileSync(stateFile, 'utf8').replace('1234', '4321'),
    );
    const { result, text } = await hitl(['--resume', '--approve']);
    expect(result.outcome).toBe('refused');
    expect(text).toContain('fails its signature check (mismatch)');
  });

  it('warns when RUN_STATE_SECRET is not set, and still runs', async () => {
    const output = capture();
    await humanInTheLoop({
      args: ['Refund order 1234', '--state', stateFile],
      env: {},
      write: output.write,
    });
    expect(output.text).toContain('Warning: RUN_STATE_SECRET is not set');
  });
});

describe('the human-in-the-loop example, as two commands in two processes', () => {
  const runScript = nodeScriptsPerTest();
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'baton-hitl-processes-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('saves the state in the first, approves and finishes in the second, and refuses a third with the same file', async () => {
    const stateFile = join(folder, 'run-state.json');
    const command = (args: string[]) =>
      runScript('examples/human-in-the-loop/main.ts', {
        args: [...args, '--state', stateFile],
        env: { RUN_STATE_SECRET: 'process-test-secret-0123456789' },
      });

    const start = await command(['Refund order 1234']);
    expect(start.code, start.stderr).toBe(0);
    expect(start.stdout).toMatch(EMULATOR_BANNER);
    expect(start.stdout).toContain('Waiting for approval');

    const resume = await command(['--resume', '--approve']);
    expect(resume.code, resume.stderr).toBe(0);
    expect(resume.stdout.match(/Issued a refund/g)).toHaveLength(1);

    const replay = await command(['--resume', '--approve']);
    expect(replay.code).toBe(1);
    expect(replay.stdout).toContain('was resumed before');
    expect(replay.stdout).not.toContain('Issued a refund');
  });
});

describe('the durable example, on a real Restate server and two worker processes', () => {
  it('kills the worker mid-run and finishes on the other one, taking the finished model call from the journal', async () => {
    const output = capture();
    const report = await durable({ write: output.write });
    expect(report.killed).not.toBe(report.finishedOn);
    expect(report.result.lastAgent).toBe('Billing agent');
    expect(report.result.usage.requests).toBe(3);
    expect(report.replayed).toEqual(['turn-1/model']);
    expect(report.ranAgain[0]).toBe('turn-2/model');
    expect(report.ranAgain).not.toContain('turn-1/model');
    expect(output.text).toContain(
      `The run finished on worker ${report.finishedOn}.\n`,
    );
    expect(output.text).toContain(
      'Replayed from the journal, not run again: turn-1/model\n',
    );
    expect(output.text).toContain(String(report.result.finalOutput));
  }, 60_000);
});

describe('the chat example, remembering across restarts', () => {
  const runScript = nodeScriptsPerTest();
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'baton-chat-example-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('answers the second process from what the first one was told, through the SQLite file', async () => {
    const db = join(folder, 'chat.db');
    const first = await runScript('examples/chat/main.ts', {
      args: ['--db', db],
      input: 'My name is Ada.\n',
    });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(
      /Conversation "terminal-chat" in SQLite file .*chat\.db: new\.\n/,
    );
    expect(first.stdout).toContain('This is the first thing you have told me.');

    const second = await runScript('examples/chat/main.ts', {
      args: ['--db', db],
      input: 'What is my name?\n',
    });
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain('2 earlier items.');
    expect(second.stdout).toContain(
      'You said "What is my name?". Earlier you told me: "My name is Ada.".',
    );

    const fresh = await runScript('examples/chat/main.ts', {
      args: ['--db', db, '--reset'],
      input: 'Hello?\n',
    });
    expect(fresh.stdout).toContain('This is the first thing you have told me.');
  }, 60_000);

  it('keeps the conversation in Redis with --redis', async () => {
    const server = await startRedisServer();
    try {
      const say = async (line: string) => {
        const output = capture();
        const report = await chat({
          args: ['--redis', server.url, '--session', 'redis-chat'],
          input: Readable.from([`${line}\n`]),
          env: {},
          write: output.write,
        });
        return { report, text: output.text };
      };
      const first = await say('I live in Lyon.');
      expect(first.report.earlierItems).toBe(0);
      const second = await say('Where do I live?');
      expect(second.report.earlierItems).toBe(2);
      expect(second.text).toContain(
        `in Redis at ${server.url}: 2 earlier items`,
      );
      expect(second.report.answers[0]).toContain('"I live in Lyon."');
    } finally {
      await server.stop();
    }
  });
});

describe('the examples’ connect helper', () => {
  it('calls OpenAI with gpt-4.1-mini when a key is set, and starts no emulator', async () => {
    const connection = await connect({ env: { OPENAI_API_KEY: 'sk-test' } });
    expect(connection.emulator).toBeUndefined();
    expect(connection.runner.config.model).toBe('gpt-4.1-mini');
    expect(connection.banner).toContain(
      'calling OpenAI with model gpt-4.1-mini',
    );
    await connection.close();
  });

  it('uses the model named by BATON_MODEL', async () => {
    const connection = await connect({
      env: { OPENAI_API_KEY: 'sk-test', BATON_MODEL: 'gpt-4.1' },
    });
    expect(connection.runner.config.model).toBe('gpt-4.1');
    expect(connection.banner).toContain('with model gpt-4.1 ');
    await connection.close();
  });
});

const repositoryRoot = new URL('../', import.meta.url);
const USER_DOCS = [
  'getting-started',
  'agents',
  'running-and-results',
  'run-state',
  'tools',
  'handoffs',
  'streaming',
  'models-and-providers',
  'porting-from-openai-agents',
  'guardrails',
  'lifecycle-hooks',
  'human-in-the-loop',
  'trace-viewer',
  'tracing-opentelemetry',
  'hosted-tools',
  'session-stores',
  'computer-use',
  'tracing',
  'sessions',
  'durable-runs',
  'mcp',
  'retries-and-rate-limits',
  'usage-and-cost',
  'agents-as-tools',
  'nested-streaming',
];
// examples/docs/testing/ belongs to docs/testing-with-the-emulator.md and is checked there.
const SNIPPET_FOLDERS = [
  'getting-started',
  'agents',
  'running-and-results',
  'run-state',
  'tools',
  'handoffs',
  'streaming',
  'models-and-providers',
  'porting',
  'guardrails',
  'lifecycle',
  'human-in-the-loop',
  'trace-viewer',
  'tracing-opentelemetry',
  'hosted-tools',
  'session-stores',
  'computer-use',
  'tracing',
  'sessions',
  'durable',
  'mcp',
  'retries-and-rate-limits',
  'usage-and-cost',
  'agents-as-tools',
  'nested-streaming',
];

/** Every snippet a doc shows: the file named in the link above a ```ts block, and the block's text. */
function snippetsOf(doc: string): Array<{ path: string; shown: string }> {
  const markdown = readFileSync(
    new URL(`docs/${doc}.md`, repositoryRoot),
    'utf8',
  );
  const pattern =
    /\[`(examples\/docs\/[^`]+)`\]\([^)]*\)\n\n```ts\n([\s\S]*?)```/g;
  return [...markdown.matchAll(pattern)].map((match) => ({
    path: match[1]!,
    shown: match[2]!,
  }));
}

describe('the user docs', () => {
  it.each(USER_DOCS)(
    '%s shows each snippet exactly as its file under examples/docs has it',
    (doc) => {
      const snippets = snippetsOf(doc);
      expect(snippets.length).toBeGreaterThan(0);
      for (const { path, shown } of snippets) {
        expect(shown, path).toBe(
          readFileSync(new URL(path, repositoryRoot), 'utf8'),
        );
      }
    },
  );

  it('show every snippet file of their topics somewhere', () => {
    const shown = new Set(
      USER_DOCS.flatMap((doc) =>
        snippetsOf(doc).map((snippet) => snippet.path),
      ),
    );
    const files = SNIPPET_FOLDERS.flatMap((folder) =>
      readdirSync(new URL(`examples/docs/${folder}/`, repositoryRoot)).map(
        (file) => `examples/docs/${folder}/${file}`,
      ),
    );
    expect(files.filter((file) => !shown.has(file))).toEqual([]);
  });
});
