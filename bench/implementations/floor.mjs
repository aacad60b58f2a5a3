/**
 * The floor: the scenario as a hand-written loop on the bare `openai` client, with no framework. It sends what
 * Baton sends (instructions, tools with the handoff functions, the whole input history, `function_call_output`
 * items), so the difference between the two is what Baton itself costs. Tool arguments are checked with the
 * same zod schemas the framework implementations declare, as a careful application would: zod's memory and
 * parsing are then on both sides and out of the difference.
 *
 * The input guardrail is the fourth request, made as a hand-written app would: the homework check goes out
 * beside the first main request, its JSON verdict is parsed with the same zod schema, and the main response is
 * acted on only once the verdict has cleared the input (a verdict that flags it aborts the main request).
 */
import { z } from 'zod';
import {
  CHECKER_AGENT,
  CHECKER_MODEL,
  verdictSchema,
} from './guardrail-scenario.mjs';
import { loadOpenAI } from './load-openai.mjs';
import { readSSEBody } from './read-sse-body.mjs';
import {
  AGENTS,
  MODEL,
  TOOLS,
  strictParameters,
  zodParameters,
} from './scenario.mjs';

const MAX_TURNS = 10;

/** No framework package: the worker only checks module resolution for the frameworks. */
export const PACKAGE = undefined;

/**
 * Returns `runOnce(input, { stream })` on the `openai` client that `openai` names (`'workspace'`, as Baton
 * uses, or `'agents-sdk'`, the one `@openai/agents` uses), passed through `wrapClient` (see
 * `lib/canned-client.mjs`).
 */
export async function createImplementation({
  baseURL,
  openai = 'workspace',
  wrapClient = (client) => client,
  readBodies = false,
}) {
  const { OpenAI } = await loadOpenAI(openai);
  const real = wrapClient(new OpenAI({ baseURL, apiKey: 'bench' }));
  // A client stand-in (the canned one) has no HTTP response to read.
  const client =
    readBodies && real instanceof OpenAI ? bodyReadingClient(real) : real;
  const agents = buildAgents();
  const checkInput = inputChecker(client);
  return {
    runOnce: (input, { stream }) =>
      runLoop({ client, agent: agents.triage, input, stream, checkInput }),
  };
}

/**
 * `floor-body`'s client: `responses.create` answers a plain call with the body read from the HTTP response, and
 * `pushEvents` reads a stream's events from it (`read-sse-body.mjs`), bypassing the client's parsing and `Stream`.
 */
function bodyReadingClient(client) {
  return {
    responses: {
      create: (body, options) =>
        client.responses
          .create(body, options)
          .asResponse()
          .then((response) => response.json()),
    },
    pushEvents: async (body, options, onEvent) => {
      const { response } = await client.responses
        .create(body, options)
        .withResponse();
      await readSSEBody(response.body, onEvent);
    },
  };
}

/** Returns `checkInput(input, signal)`, which resolves when the homework checker clears the input. */
function inputChecker(client) {
  const schema = verdictSchema(z);
  const format = {
    type: 'json_schema',
    name: 'output',
    schema: strictParameters({
      isMathHomework: { type: 'boolean' },
      reasoning: { type: 'string' },
    }),
    strict: true,
  };
  return async (input, signal) => {
    const response = await client.responses.create(
      {
        model: CHECKER_MODEL,
        instructions: CHECKER_AGENT.instructions,
        input: [{ type: 'message', role: 'user', content: input }],
        text: { format },
        stream: false,
      },
      { signal },
    );
    const verdict = schema.parse(JSON.parse(outputText(response.output)));
    if (verdict.isMathHomework)
      throw new Error(`Input rejected: ${verdict.reasoning}`);
  };
}

function buildAgents() {
  const specialist = (key) => {
    const { name, description, properties, execute } = TOOLS[key];
    const schema = zodParameters(z, properties);
    return {
      instructions: AGENTS[key].instructions,
      tools: [functionTool(name, description, strictParameters(properties))],
      execute: {
        [name]: (argumentsText) =>
          execute(schema.parse(JSON.parse(argumentsText))),
      },
      handoffs: {},
    };
  };
  const billing = specialist('billing');
  const refunds = specialist('refunds');
  const handoffTo = (key, agent) => ({
    name: `transfer_to_${AGENTS[key].name}`,
    tool: functionTool(
      `transfer_to_${AGENTS[key].name}`,
      `Handoff to the ${AGENTS[key].name} agent to handle the request. ${AGENTS[key].handoffDescription}`,
      strictParameters({}),
    ),
    agent,
    output: JSON.stringify({ assistant: AGENTS[key].name }),
  });
  const toBilling = handoffTo('billing', billing);
  const toRefunds = handoffTo('refunds', refunds);
  const triage = {
    instructions: AGENTS.triage.instructions,
    tools: [toBilling.tool, toRefunds.tool],
    execute: {},
    handoffs: { [toBilling.name]: toBilling, [toRefunds.name]: toRefunds },
  };
  return { triage };
}

function functionTool(name, description, parameters) {
  return { type: 'function', name, description, parameters, strict: true };
}

async function runLoop({ client, agent, input, stream, checkInput }) {
  const history = [{ type: 'message', role: 'user', content: input }];
  for (let turn = 0; turn < MAX_TURNS; turn += 1) {
    const body = {
      model: MODEL,
      instructions: agent.instructions,
      input: history,
      tools: agent.tools,
      stream,
    };
    const output =
      turn === 0
        ? await guardedOutput({ client, body, input, checkInput })
        : await modelOutput(client, body);
    history.push(...output);
    const calls = output.filter((item) => item.type === 'function_call');
    if (calls.length === 0) return outputText(output);
    let next = agent;
    for (const call of calls) {
      const handoff = agent.handoffs[call.name];
      if (handoff) next = handoff.agent;
      const result = handoff
        ? handoff.output
        : await agent.execute[call.name](call.arguments);
      history.push({
        type: 'function_call_output',
        call_id: call.call_id,
        output: result,
      });
    }
    agent = next;
  }
  throw new Error(`No final output after ${MAX_TURNS} turns`);
}

/** The first turn: the main request and the input check in parallel; a failed check aborts the main request. */
async function guardedOutput({ client, body, input, checkInput }) {
  const controller = new AbortController();
  const { signal } = controller;
  const check = checkInput(input, signal);
  const main = modelOutput(client, body, signal);
  // If the check fails, its error is the run's and the aborted main request's is not.
  main.catch(() => {});
  try {
    await check;
  } catch (error) {
    controller.abort();
    throw error;
  }
  return main;
}

function modelOutput(client, body, signal) {
  return body.stream
    ? streamedOutput(client, body, signal)
    : client.responses
        .create(body, signal && { signal })
        .then((response) => response.output);
}

async function streamedOutput(client, body, signal) {
  if (client.pushEvents) return pushedOutput(client, body, signal);
  const events = await client.responses.create(body, signal && { signal });
  let output;
  for await (const event of events) {
    if (event.type === 'response.completed') output = event.response.output;
  }
  if (!output) throw new Error('The stream ended without response.completed');
  return output;
}

async function pushedOutput(client, body, signal) {
  let output;
  await client.pushEvents(body, signal && { signal }, (event) => {
    if (event.type === 'response.completed') output = event.response.output;
  });
  if (!output) throw new Error('The stream ended without response.completed');
  return output;
}

function outputText(output) {
  return output
    .filter((item) => item.type === 'message')
    .flatMap((item) => item.content)
    .filter((part) => part.type === 'output_text')
    .map((part) => part.text)
    .join('');
}
