// Run by test/support/node-script.ts in a fresh Node process: restores a saved run state, decides on every
// interruption, resumes against the emulator over HTTP and prints one JSON line saying how it went.
import { readFileSync } from 'node:fs';
import OpenAI from 'openai';
import {
  OpenAIProvider,
  RunState,
  RunStateReplayError,
  RunStateSignatureError,
  Runner,
} from '@baton/agents';
import { FileRunStateLedger } from '../../examples/human-in-the-loop/file-run-state-ledger.js';
import { refundAgent } from './refund-agent.js';

/** What the parent asks of this process, as JSON in `BATON_RESUME_JOB`. */
export interface ResumeJob {
  emulatorUrl: string;
  stateFile: string;
  ledgerFolder: string;
  refundLog: string;
  secret: string;
  decision: 'approve' | 'reject';
  message?: string;
}

/** What this process prints. */
export type ResumeReport =
  | { ok: true; finalOutput: unknown; sequence: number; interruptions: number }
  | {
      ok: false;
      error: string;
      message: string;
      replay?: { stateId: string; sequence: number };
      signature?: string;
    };

async function resume(job: ResumeJob): Promise<ResumeReport> {
  const agent = refundAgent(job.refundLog);
  const client = new OpenAI({
    baseURL: job.emulatorUrl,
    apiKey: 'test-key',
    maxRetries: 0,
  });
  const runner = new Runner({
    model: 'gpt-4.1-mini',
    modelProvider: new OpenAIProvider({ openAIClient: client }),
  });
  try {
    const state = await RunState.fromString(
      agent,
      readFileSync(job.stateFile, 'utf8'),
      {
        secret: job.secret,
        ledger: new FileRunStateLedger(job.ledgerFolder),
      },
    );
    for (const item of state.interruptions)
      if (job.decision === 'approve') state.approve(item);
      else state.reject(item, { message: job.message });
    const result = await runner.run(agent, state);
    return {
      ok: true,
      finalOutput: result.finalOutput,
      sequence: result.state.sequence,
      interruptions: result.interruptions.length,
    };
  } catch (error) {
    const { name, message } = error as Error;
    return {
      ok: false,
      error: name,
      message,
      ...(RunStateReplayError.isInstance(error) && {
        replay: { stateId: error.stateId, sequence: error.sequence },
      }),
      ...(RunStateSignatureError.isInstance(error) && {
        signature: error.reason,
      }),
    };
  }
}

const job = JSON.parse(process.env.BATON_RESUME_JOB ?? '{}') as ResumeJob;
process.stdout.write(`${JSON.stringify(await resume(job))}\n`);
