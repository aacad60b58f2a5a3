/**
 * One process of the durable-run benchmark (`durable.mjs`): the benchmark's triage → specialist → tool → answer
 * scenario (three model calls, no guardrail) on `@baton/agents`, against the emulator at EMULATOR_URL.
 * MODE=plain runs RUNS runs itself (after WARMUP) and prints one JSON line of CPU and wall per run, and runs/s at
 * CONCURRENCY; MODE=durable serves the scenario as a durable Restate workflow on PORT, prints "ready <port>", and
 * answers each "cpu" line on stdin with its CPU time so far (µs).
 */
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { Agent, OpenAIProvider, Runner, tool } from '@baton/agents';
import { durableAgentService, serveWorker } from '@baton/restate';
import {
  AGENTS,
  MODEL,
  TOOLS,
  inputFor,
  isExpectedOutput,
  zodParameters,
} from './implementations/scenario.mjs';

const env = process.env;
const modelProvider = new OpenAIProvider({
  baseURL: env.EMULATOR_URL,
  apiKey: 'bench',
});
const specialist = (key) =>
  new Agent({
    ...AGENTS[key],
    model: MODEL,
    tools: [
      tool({
        name: TOOLS[key].name,
        description: TOOLS[key].description,
        parameters: zodParameters(z, TOOLS[key].properties),
        execute: TOOLS[key].execute,
      }),
    ],
  });
const triage = new Agent({
  ...AGENTS.triage,
  model: MODEL,
  handoffs: [specialist('billing'), specialist('refunds')],
});
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return user + system;
};

if (env.MODE === 'plain') {
  const runner = new Runner({ modelProvider, tracingDisabled: true });
  const once = async (index) => {
    const result = await runner.run(triage, inputFor(index));
    if (!isExpectedOutput(result.finalOutput))
      throw new Error(`Unexpected output: ${String(result.finalOutput)}`);
  };
  const runs = Number(env.RUNS);
  for (let index = 0; index < Number(env.WARMUP); index++) await once(index);
  const cpuStart = cpu();
  const wallStart = performance.now();
  for (let index = 0; index < runs; index++) await once(index);
  const cpuUs = cpu() - cpuStart;
  const wallMs = performance.now() - wallStart;
  let next = 0;
  const concurrentStart = performance.now();
  await Promise.all(
    Array.from({ length: Number(env.CONCURRENCY) }, async () => {
      while (next < runs) await once(next++);
    }),
  );
  const concurrentMs = performance.now() - concurrentStart;
  process.stdout.write(
    `${JSON.stringify({
      cpuPerRunMs: cpuUs / 1000 / runs,
      wallPerRunMs: wallMs / runs,
      runsPerSecond: runs / (concurrentMs / 1000),
    })}\n`,
  );
} else {
  const worker = await serveWorker(
    [
      durableAgentService(triage, {
        name: 'bench',
        runConfig: { modelProvider, tracingDisabled: true },
      }),
    ],
    { port: Number(env.PORT ?? '0'), host: '127.0.0.1' },
  );
  createInterface({ input: process.stdin }).on('line', () =>
    process.stdout.write(`cpu ${cpu()}\n`),
  );
  process.stdout.write(`ready ${worker.port}\n`);
}
