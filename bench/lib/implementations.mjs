/** The implementations the benchmark can measure, by the name used on the command line and in results. */
export const IMPLEMENTATIONS = {
  floor: {
    label: 'floor',
    description: 'hand-written loop on the bare `openai` client Baton uses',
    moduleUrl: new URL('../implementations/floor.mjs', import.meta.url).href,
    openai: 'workspace',
  },
  baton: {
    label: 'Baton',
    description: '`@baton/agents` from its built dist',
    moduleUrl: new URL('../implementations/baton.mjs', import.meta.url).href,
    openai: 'workspace',
  },
  'baton-traced': {
    label: 'Baton traced',
    description:
      '`@baton/agents` with tracing on: the local trace store, and a batch processor to the OpenAI exporter',
    moduleUrl: new URL('../implementations/baton-traced.mjs', import.meta.url)
      .href,
    openai: 'workspace',
  },
  'baton-stored': {
    label: 'Baton stored',
    description:
      '`@baton/agents` with tracing on, kept locally: a batch processor to the local trace store',
    moduleUrl: new URL('../implementations/baton-stored.mjs', import.meta.url)
      .href,
    openai: 'workspace',
  },
  'baton-otel': {
    label: 'Baton + OTel',
    description:
      '`@baton/agents` with tracing on, exported through its OpenTelemetry processor (OTel SDK, batching)',
    moduleUrl: new URL('../implementations/baton-otel.mjs', import.meta.url)
      .href,
    openai: 'workspace',
  },
  'openai-agents': {
    label: '@openai/agents',
    description: '`@openai/agents` 0.20 on its own `openai` v7 client',
    moduleUrl: new URL('../implementations/openai-agents.mjs', import.meta.url)
      .href,
    openai: 'agents-sdk',
  },
  'floor-body': {
    label: 'floor (bodies read)',
    description:
      'the floor reading the HTTP bodies itself, JSON and server-sent events, not through the client (reference, not default)',
    moduleUrl: new URL('../implementations/floor-body.mjs', import.meta.url)
      .href,
    openai: 'workspace',
  },
  'floor-openai7': {
    label: 'floor (openai v7)',
    description:
      'the floor on the `openai` v7 client `@openai/agents` uses (reference, not default)',
    moduleUrl: new URL('../implementations/floor.mjs', import.meta.url).href,
    openai: 'agents-sdk',
  },
};

/** Measured unless `--implementations` says otherwise. */
export const DEFAULT_IMPLEMENTATIONS = ['floor', 'baton', 'openai-agents'];

/** The agents-as-tools scenario's implementations (`--agent-tools`), by the same names. */
export const AGENT_TOOL_IMPLEMENTATIONS = {
  floor: {
    label: 'floor',
    description:
      'hand-written loop on the bare `openai` client: the translators as two parallel requests',
    moduleUrl: new URL(
      '../implementations/agent-tools-floor.mjs',
      import.meta.url,
    ).href,
    openai: 'workspace',
  },
  baton: {
    label: 'Baton',
    description: '`@baton/agents`, translators made tools with `asTool()`',
    moduleUrl: new URL(
      '../implementations/agent-tools-baton.mjs',
      import.meta.url,
    ).href,
    openai: 'workspace',
  },
  'openai-agents': {
    label: '@openai/agents',
    description:
      '`@openai/agents` 0.20, translators made tools with `asTool()`',
    moduleUrl: new URL(
      '../implementations/agent-tools-openai-agents.mjs',
      import.meta.url,
    ).href,
    openai: 'agents-sdk',
  },
};

/** The implementations of a scenario: `agent-tools`, or the customer-service one when `scenario` is unset. */
export function implementationsOf(scenario) {
  return scenario === 'agent-tools'
    ? AGENT_TOOL_IMPLEMENTATIONS
    : IMPLEMENTATIONS;
}

/** The module with a scenario's inputs and output check. */
export function scenarioUrl(scenario) {
  return new URL(
    scenario === 'agent-tools'
      ? '../implementations/agent-tools-scenario.mjs'
      : '../implementations/scenario.mjs',
    import.meta.url,
  ).href;
}
