import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { RunState, RunToolApprovalItem } from '@baton/agents';
import { describeApproval } from './describe-approval.js';

/** A decision given on the command line, taken for every waiting call without asking. */
export type Decision = 'approve' | 'reject';

/** Options of {@link askForDecisions}. */
export interface AskOptions {
  /** Decide every call this way without asking (`--approve`, `--reject`). */
  decision?: Decision;
  /** What the model is told about a rejected call (`--message`); asked for at the prompt otherwise. */
  message?: string;
  /** Where answers are read from. Default: standard input. */
  input?: Readable;
  /** Where questions are written. */
  write: (text: string) => void;
}

/** What the text a rejected refund sends the model says when nobody gave a reason. */
export const DEFAULT_REJECTION = 'A support lead declined this refund.';

/**
 * Approves or rejects each call the run stopped for, on `state`: from the command-line decision, or by asking at
 * the terminal, one call at a time. Returns the decisions in call order.
 */
export async function askForDecisions(
  state: RunState<any, any>,
  options: AskOptions,
): Promise<Decision[]> {
  const decisions: Decision[] = [];
  const prompt = options.decision ? undefined : linePrompt(options);
  try {
    for (const item of state.interruptions) {
      const decision =
        options.decision ?? (await askOne(item, prompt!, options.write));
      let message = options.message;
      if (decision === 'reject' && message === undefined && prompt)
        message = (await prompt('Reason for the customer (optional): ')).trim();
      if (decision === 'approve') state.approve(item);
      else state.reject(item, { message: message || DEFAULT_REJECTION });
      options.write(
        `${decision === 'approve' ? 'Approved' : 'Rejected'}: ${describeApproval(item)}\n`,
      );
      decisions.push(decision);
    }
    return decisions;
  } finally {
    prompt?.close();
  }
}

async function askOne(
  item: RunToolApprovalItem,
  prompt: LinePrompt,
  write: (text: string) => void,
): Promise<Decision> {
  write(`The agent wants to run ${describeApproval(item)}.\n`);
  for (;;) {
    const answer = (await prompt('Approve it? [y/n] ')).trim().toLowerCase();
    if (answer === 'y' || answer === 'yes') return 'approve';
    if (answer === 'n' || answer === 'no') return 'reject';
    write('Please answer y or n.\n');
  }
}

type LinePrompt = ((question: string) => Promise<string>) & {
  close(): void;
};

// Lines are read through one iterator, so answers typed (or piped) before a question is asked are not lost.
function linePrompt(options: AskOptions): LinePrompt {
  const lines = createInterface({
    input: options.input ?? process.stdin,
    terminal: false,
  });
  const iterator = lines[Symbol.asyncIterator]();
  const ask = async (question: string) => {
    options.write(question);
    const next = await iterator.next();
    if (next.done)
      throw new Error(
        'No answer: the input ended. Pass --approve or --reject to decide without a prompt.',
      );
    return next.value;
  };
  return Object.assign(ask, { close: () => lines.close() });
}
