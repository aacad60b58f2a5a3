import type {
  Emulator,
  EmulatorReplyValue,
  EmulatorRequest,
} from '@baton/testing';

/** One request as a router sees it: the agent's instructions, its input items, and the raw request. */
export interface RoutedRequest {
  instructions: string;
  input: Array<Record<string, unknown>>;
  request: EmulatorRequest;
  /** The outputs of function calls in the input, by call id. */
  outputs: Map<string, string>;
}

/**
 * Scripts the emulator to answer every request with `route`, whichever order concurrent requests (parallel
 * sub-agents) arrive in: the reply is chosen from the request, not from its position in the queue.
 */
export function routeByAgent(
  emulator: Emulator,
  route: (
    request: RoutedRequest,
  ) => EmulatorReplyValue | Promise<EmulatorReplyValue>,
  count = 50,
): void {
  const reply = (request: EmulatorRequest) => {
    const body = request.body as {
      instructions?: string;
      input?: Array<Record<string, unknown>>;
    };
    const input = Array.isArray(body.input) ? body.input : [];
    const outputs = new Map<string, string>();
    for (const item of input)
      if (item.type === 'function_call_output')
        outputs.set(String(item.call_id), String(item.output));
    return route({
      instructions: body.instructions ?? '',
      input,
      request,
      outputs,
    });
  };
  emulator.script(...Array.from({ length: count }, () => reply));
}
