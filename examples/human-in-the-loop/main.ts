import type { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import {
  RunState,
  RunStateReplayError,
  RunStateSignatureError,
  type Agent,
  type RunResult,
  type Runner,
} from '@baton/agents';
import { connect } from '../shared/connect.js';
import type { ExampleOptions } from '../shared/example-options.js';
import { isMainModule } from '../shared/is-main-module.js';
import { writeToStdout } from '../shared/write-to-stdout.js';
import { askForDecisions, type Decision } from './ask-for-decisions.js';
import { describeApproval } from './describe-approval.js';
import { FileRunStateLedger } from './file-run-state-ledger.js';
import { createSupportAgent, dollars } from './refund-agent.js';
import {
  DEFAULT_STATE_FILE,
  ledgerFolderFor,
  loadRunState,
  runStateSecret,
  saveRunState,
} from './saved-run.js';

/** The request made when none is given on the command line. */
export const DEFAULT_QUESTION =
  'Please refund order 1234, the headphones arrived broken.';

const COMMAND = 'npm run example:human-in-the-loop --';

/** Options of {@link main}: the command-line words, and where answers come from. */
export interface HumanInTheLoopOptions extends ExampleOptions {
  /**
   * The command-line words: a request to start a run, or `--resume` (with `--approve`, `--reject`,
   * `--message <text>`) to decide and continue the saved one; `--state <file>` picks the file either way.
   */
  args?: string[];
  /** Where answers to the approval prompt are read from. Default: standard input. */
  input?: Readable;
}

/** How a command ended. */
export type RefundOutcome =
  | {
      outcome: 'waiting';
      stateFile: string;
      waiting: string[];
      refunds: string[];
    }
  | {
      outcome: 'finished';
      answer: string;
      decisions: Decision[];
      refunds: string[];
    }
  | { outcome: 'refused'; reason: string };

/**
 * A support agent whose large refunds wait for a person, across two processes: the first command runs until the
 * refund needs approval and saves the signed state to a file; `--resume` loads it, asks, and finishes the run
 * without calling the model again for that turn. Resuming the same file twice is refused.
 */
export async function main(
  options: HumanInTheLoopOptions = {},
): Promise<RefundOutcome> {
  const write = options.write ?? writeToStdout;
  const env = options.env ?? process.env;
  const args = readArgs(options);
  const connection = await connect({ env });
  const refunds: string[] = [];
  const agent = createSupportAgent((orderId, amount) => {
    refunds.push(orderId);
    write(
      `(refund tool) Issued a refund of ${dollars(amount)} for order ${orderId}.\n`,
    );
  });
  try {
    write(`${connection.banner}\n`);
    const session: Session = {
      runner: connection.runner,
      agent,
      secret: runStateSecret(env, write),
      write,
      refunds,
      args,
      input: options.input,
    };
    return args.resume ? await resume(session) : await start(session);
  } finally {
    await connection.close();
  }
}

/** What one command works with. */
interface Session {
  runner: Runner;
  agent: Agent;
  secret: string;
  write: (text: string) => void;
  /** The orders refunded by this command, in order. */
  refunds: string[];
  args: ReturnType<typeof readArgs>;
  input: Readable | undefined;
}

/** The first command: runs the request until it finishes or a refund waits. */
async function start(session: Session): Promise<RefundOutcome> {
  const { runner, agent, args, write } = session;
  write(`\nCustomer: ${args.question}\n`);
  const result = await runner.run(agent, args.question);
  return report(result, [], session);
}

/** The second command: restores the saved run, takes the decisions, and goes on with the same turn. */
async function resume(session: Session): Promise<RefundOutcome> {
  const { runner, agent, args, write, secret } = session;
  const text = await loadRunState(args.stateFile);
  if (text === undefined)
    return refuse(
      `No run state is saved at ${args.stateFile}. Start a run first: ${COMMAND} "Refund order 1234"`,
      write,
    );
  let state: RunState;
  try {
    // With a secret, an edited file is refused here, and resuming claims the state in the shared ledger.
    state = await RunState.fromString(agent, text, {
      secret,
      ledger: new FileRunStateLedger(ledgerFolderFor(args.stateFile)),
    });
  } catch (error) {
    if (!RunStateSignatureError.isInstance(error)) throw error;
    return refuse(
      `The run state in ${args.stateFile} fails its signature check (${error.reason}): it was edited, or signed ` +
        'with another RUN_STATE_SECRET. It was not resumed.',
      write,
    );
  }
  write(
    `Loaded run ${state.stateId} (resumed ${state.sequence} times before) from ${args.stateFile}.\n`,
  );
  const decisions = await askForDecisions(state, {
    decision: args.decision,
    message: args.message,
    input: session.input,
    write,
  });
  try {
    return await report(await runner.run(agent, state), decisions, session);
  } catch (error) {
    if (!RunStateReplayError.isInstance(error)) throw error;
    return refuse(
      `Refused: this saved state (run ${error.stateId}, resume ${error.sequence}) was resumed before, so its ` +
        'decisions have been used and running it again could refund twice. Nothing was run. ' +
        `Start a new request instead: ${COMMAND} "Refund order 1234"`,
      write,
    );
  }
}

/** Prints the answer, or saves the state and says what waits and how to go on. */
async function report(
  result: RunResult<unknown, Agent>,
  decisions: Decision[],
  { secret, write, refunds, args: { stateFile } }: Session,
): Promise<RefundOutcome> {
  if (result.interruptions.length === 0) {
    const answer = String(result.finalOutput);
    write(`Agent: ${answer}\n`);
    return { outcome: 'finished', answer, decisions, refunds };
  }
  // The file keeps the newest state; the one this command started from is used up either way.
  await saveRunState(stateFile, result.state.toString({ secret }));
  const waiting = result.interruptions.map(describeApproval);
  write(
    `\nWaiting for approval:\n${waiting.map((line) => `  - ${line}\n`).join('')}`,
  );
  write(`Saved the signed run state to ${stateFile}.\n`);
  const state =
    stateFile === DEFAULT_STATE_FILE
      ? ''
      : ` --state ${JSON.stringify(stateFile)}`;
  write(
    `To decide and continue: ${COMMAND} --resume${state}\n` +
      '(add --approve or --reject [--message "why"] to decide without a prompt)\n',
  );
  return { outcome: 'waiting', stateFile, waiting, refunds };
}

function refuse(reason: string, write: (text: string) => void): RefundOutcome {
  write(`${reason}\n`);
  return { outcome: 'refused', reason };
}

function readArgs(options: HumanInTheLoopOptions) {
  const { values, positionals } = parseArgs({
    args: options.args ?? [],
    allowPositionals: true,
    options: {
      resume: { type: 'boolean', default: false },
      approve: { type: 'boolean', default: false },
      reject: { type: 'boolean', default: false },
      message: { type: 'string' },
      state: { type: 'string', default: DEFAULT_STATE_FILE },
    },
  });
  if (values.approve && values.reject)
    throw new Error('Pass --approve or --reject, not both.');
  const decision: Decision | undefined = values.approve
    ? 'approve'
    : values.reject
      ? 'reject'
      : undefined;
  return {
    resume: values.resume,
    decision,
    message: values.message,
    stateFile: values.state,
    question: positionals.join(' ') || options.question || DEFAULT_QUESTION,
  };
}

if (isMainModule(import.meta.url))
  main({ args: process.argv.slice(2) }).then(
    ({ outcome }) => {
      if (outcome === 'refused') process.exitCode = 1;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
