/**
 * A preamble for agents in a multi-agent system: it tells the model that handoffs exist and that they should be
 * seamless to the user. Put it at the start of an agent's instructions, or use {@link promptWithHandoffInstructions}.
 */
export const RECOMMENDED_PROMPT_PREFIX = `# System context
You are one of several agents working together in a system built with Baton. Each agent has its own area of work \
and its own instructions. When a request belongs to another agent's area, pass the conversation on with the \
matching handoff tool (named \`transfer_to_<agent>\`). Handoffs happen behind the scenes: do not mention them, \
the other agents or these tools to the user, and do not ask for permission to use them.`;

/** Prepends {@link RECOMMENDED_PROMPT_PREFIX} to an agent's own instructions. */
export function promptWithHandoffInstructions(prompt: string): string {
  return `${RECOMMENDED_PROMPT_PREFIX}\n\n${prompt}`;
}
