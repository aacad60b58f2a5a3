import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main as guardrails } from '../examples/guardrails/main.js';
import { main as helloWorld } from '../examples/hello-world/main.js';
import { main as parallelTools } from '../examples/parallel-tools/main.js';
import { connect } from '../examples/shared/connect.js';
import { main as structuredOutput } from '../examples/structured-output/main.js';

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
  'tracing',
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
  'tracing',
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
