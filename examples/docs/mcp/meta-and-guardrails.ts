import {
  Agent,
  defineToolInputGuardrail,
  defineToolOutputGuardrail,
  MCPServerStreamableHttp,
  run,
  ToolGuardrailFunctionOutputFactory,
} from '@baton/agents';

interface Session {
  tenantId: string;
  readOnly: boolean;
}

const crm = new MCPServerStreamableHttp({
  name: 'crm',
  url: 'http://127.0.0.1:3000/mcp',
  // The `_meta` of each tools/call, from the run context, the tool and its arguments.
  toolMetaResolver: ({ runContext, toolName }) => ({
    tenant: (runContext.context as Session).tenantId,
    'example.com/audit': toolName,
  }),
  // Checked before every call of the server's tools: a rejection answers the model, the server sees nothing.
  toolInputGuardrails: [
    defineToolInputGuardrail<Session>({
      name: 'read_only_sessions',
      run: ({ context, toolCall }) =>
        context.context.readOnly && toolCall.name.startsWith('update_')
          ? ToolGuardrailFunctionOutputFactory.rejectContent(
              'This session is read-only: do not change records.',
            )
          : ToolGuardrailFunctionOutputFactory.allow(),
    }),
  ],
  // Checked on every result before the model reads it.
  toolOutputGuardrails: [
    defineToolOutputGuardrail({
      name: 'no_card_numbers',
      run: ({ output }) =>
        /\b\d{4}( ?\d{4}){3}\b/.test(JSON.stringify(output))
          ? ToolGuardrailFunctionOutputFactory.rejectContent(
              'The result held a card number and was withheld.',
            )
          : ToolGuardrailFunctionOutputFactory.allow(),
    }),
  ],
});

await crm.connect();
try {
  const agent = new Agent<Session>({ name: 'Support', mcpServers: [crm] });
  const result = await run(agent, 'Update the email of customer 42.', {
    context: { tenantId: 'acme', readOnly: true },
  });
  console.log(result.finalOutput);
} finally {
  await crm.close();
}
