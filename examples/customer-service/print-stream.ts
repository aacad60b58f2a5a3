import type { Agent, RunItem, RunStreamEvent } from '@baton/agents';

/** Longer tool outputs are cut on screen; the model still receives them whole. */
const MAX_SHOWN = 240;

/**
 * Prints a streamed run as it happens: the model's text as it arrives, and one line for each agent switch,
 * handoff, tool call and tool output. Resolves when the run ends; rejects with the run's error.
 */
export async function printStream(
  result: AsyncIterable<RunStreamEvent> & { currentAgent: Agent<any, any> },
  write: (text: string) => void,
): Promise<void> {
  const printer = new StreamPrinter(write);
  // Agent updates are streamed on handoffs only (as in @openai/agents): name the starting agent first.
  printer.print({
    type: 'agent_updated_stream_event',
    agent: result.currentAgent,
  });
  for await (const event of result) printer.print(event);
  printer.endText();
}

class StreamPrinter {
  readonly #write: (text: string) => void;
  // Tool outputs name only their call id; remember which tool each call went to.
  readonly #toolNames = new Map<string, string>();
  #agentName = '';
  #inText = false;

  constructor(write: (text: string) => void) {
    this.#write = write;
  }

  print(event: RunStreamEvent): void {
    switch (event.type) {
      case 'agent_updated_stream_event':
        this.#agentName = event.agent.name;
        this.#line(`[${event.agent.name}]`);
        return;
      case 'raw_model_stream_event':
        if (event.data.type === 'output_text_delta')
          this.#text(event.data.delta);
        return;
      case 'run_item_stream_event':
        this.#item(event.item);
        return;
      case 'tool_progress_stream_event':
        // The demo's tools report no progress.
        return;
    }
  }

  /** Ends the line of streamed text, if one is open. */
  endText(): void {
    if (this.#inText) this.#write('\n');
    this.#inText = false;
  }

  #item(item: RunItem): void {
    switch (item.type) {
      case 'handoff_call_item':
        this.#line(
          `  -> ${item.agent.name} asks to hand off (${item.rawItem.name})`,
        );
        return;
      case 'handoff_output_item':
        this.#line(
          `  -> handoff: ${item.sourceAgent.name} => ${item.targetAgent.name}`,
        );
        return;
      case 'tool_call_item': {
        const call = item.rawItem;
        if (call.type !== 'function_call')
          return this.#line(`  * hosted tool: ${call.type}`);
        this.#toolNames.set(call.call_id, call.name);
        this.#line(`  * tool call: ${call.name}(${call.arguments})`);
        return;
      }
      case 'tool_approval_item':
        this.#line(`  ? ${item.name ?? 'tool'} waits for approval`);
        return;
      case 'tool_call_output_item': {
        const toolName = this.#toolNames.get(item.rawItem.call_id) ?? 'tool';
        this.#line(
          `  * ${toolName} returned: ${shorten(outputText(item.rawItem.output))}`,
        );
        return;
      }
      case 'message_output_item':
        // The text has been printed delta by delta; this only closes its line (or prints it, if nothing streamed).
        if (!this.#inText && item.content) this.#text(item.content);
        this.endText();
        return;
      case 'reasoning_item':
        this.#line(`  (${item.agent.name} reasoned before answering)`);
        return;
      case 'unknown_item':
        return;
    }
  }

  #text(delta: string): void {
    if (!this.#inText) this.#write(`${this.#agentName}: `);
    this.#inText = true;
    this.#write(delta);
  }

  #line(text: string): void {
    this.endText();
    this.#write(`${text}\n`);
  }
}

function outputText(output: unknown): string {
  return typeof output === 'string' ? output : JSON.stringify(output);
}

function shorten(text: string): string {
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}...` : text;
}
