import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { RunContext } from '../context/run-context.js';
import { UserError } from '../errors/errors.js';
import { handoff } from '../handoffs/handoff.js';
import { tool } from '../tools/function-tool.js';
import { hostedTool } from '../tools/hosted-tool.js';
import { Agent } from './agent.js';

const noArguments = z.object({});

describe('Agent', () => {
  it('resolves function instructions with the run context and the agent', async () => {
    const agent = new Agent<{ user: string }>({
      name: 'Greeter',
      instructions: async (runContext, self) =>
        `You are ${self.name}, talking to ${runContext.context.user}.`,
    });
    expect(await agent.getSystemPrompt(new RunContext({ user: 'Ada' }))).toBe(
      'You are Greeter, talking to Ada.',
    );
  });

  it('clones with changes and leaves the original untouched', () => {
    const original = new Agent({
      name: 'A',
      instructions: 'one',
      modelSettings: { temperature: 0 },
    });
    const copy = original.clone({ instructions: 'two' });
    expect(copy).not.toBe(original);
    expect(copy.instructions).toBe('two');
    expect(copy.modelSettings).toEqual({ temperature: 0 });
    copy.modelSettings.temperature = 1;
    expect(original.instructions).toBe('one');
    expect(original.modelSettings.temperature).toBe(0);
  });

  it('resolves a prompt template, fixed or from a function of the run context and the agent', async () => {
    const fixed = new Agent({
      name: 'Fixed',
      prompt: { promptId: 'pmpt_1', version: '2' },
    });
    const dynamic = new Agent<{ city: string }>({
      name: 'Dynamic',
      prompt: async (runContext, self) => ({
        promptId: 'pmpt_2',
        variables: { city: runContext.context.city, agent: self.name },
      }),
    });
    expect(await fixed.getPrompt(new RunContext({}))).toEqual({
      promptId: 'pmpt_1',
      version: '2',
    });
    expect(await dynamic.getPrompt(new RunContext({ city: 'Paris' }))).toEqual({
      promptId: 'pmpt_2',
      variables: { city: 'Paris', agent: 'Dynamic' },
    });
    expect(
      await new Agent({ name: 'None' }).getPrompt(new RunContext({})),
    ).toBe(undefined);
  });

  it('keeps the prompt template when cloned', () => {
    const prompt = { promptId: 'pmpt_1' };
    expect(new Agent({ name: 'A', prompt }).clone().prompt).toBe(prompt);
  });

  it('rejects a blank name and an unusable output type at construction', () => {
    expect(() => new Agent({ name: '   ' })).toThrow(UserError);
    expect(
      () =>
        new Agent({
          name: 'A',
          outputType: z.object({ data: z.record(z.string(), z.string()) }),
        }),
    ).toThrow(/strict mode/);
  });

  it('wraps bare handoff agents once, so tool definitions are built once', () => {
    const target = new Agent({ name: 'Target' });
    const agent = new Agent({ name: 'A', handoffs: [target] });
    expect(agent.handoffObjects[0]).toBe(agent.handoffObjects[0]);
    expect(agent.handoffObjects[0]!.toolName).toBe('transfer_to_Target');
  });

  it('lists enabled handoffs and tools for a run context, hosted tools always included', async () => {
    const shown = new Agent({ name: 'Shown' });
    const hidden = new Agent({ name: 'Hidden' });
    const search = hostedTool({ type: 'web_search' });
    const onlyForAdmins = tool({
      name: 'admin_only',
      description: 'x',
      parameters: z.object({}),
      isEnabled: (runContext) =>
        (runContext.context as { admin: boolean }).admin,
      execute: () => 'x',
    });
    const agent = new Agent({
      name: 'A',
      tools: [onlyForAdmins, search],
      handoffs: [shown, handoff(hidden, { isEnabled: false })],
    });
    const user = new RunContext({ admin: false });
    expect(
      (await agent.getEnabledHandoffs(user)).map((entry) => entry.toolName),
    ).toEqual(['transfer_to_Shown']);
    expect(await agent.getAllTools(user)).toEqual([search]);
    expect(await agent.getAllTools(new RunContext({ admin: true }))).toEqual([
      onlyForAdmins,
      search,
    ]);
  });

  it('accepts the Agents SDK options with nothing to configure', () => {
    expect(
      () =>
        new Agent({
          name: 'A',
          inputGuardrails: [],
          outputGuardrails: [],
          mcpServers: [],
          mcpConfig: {},
          handoffOutputTypeWarningEnabled: false,
        }),
    ).not.toThrow();
  });

  it("evaluates isEnabled functions in Baton's (runContext, agent) form and the SDK's ({ runContext, agent }) form", async () => {
    type Flags = { admin: boolean };
    const sdkForm = tool<typeof noArguments, Flags>({
      name: 'sdk_form',
      description: 'x',
      parameters: noArguments,
      isEnabled: ({ runContext, agent }) =>
        runContext.context.admin && agent.name === 'A',
      execute: () => 'x',
    });
    const batonForm = tool<typeof noArguments, Flags>({
      name: 'baton_form',
      description: 'x',
      parameters: noArguments,
      isEnabled: (runContext, agent) =>
        runContext.context.admin && agent.name === 'A',
      execute: () => 'x',
    });
    const target = new Agent<Flags>({ name: 'Target' });
    const agent = new Agent<Flags>({
      name: 'A',
      tools: [sdkForm, batonForm],
      handoffs: [
        handoff<Flags, Agent<Flags>>(target, {
          isEnabled: ({ runContext }) => runContext.context.admin,
        }),
      ],
    });
    const admin = new RunContext<Flags>({ admin: true });
    const guest = new RunContext<Flags>({ admin: false });
    expect(await agent.getAllTools(admin)).toEqual([sdkForm, batonForm]);
    expect(await agent.getAllTools(guest)).toEqual([]);
    expect(await agent.getEnabledHandoffs(admin)).toHaveLength(1);
    expect(await agent.getEnabledHandoffs(guest)).toHaveLength(0);
  });
});
