import type { Agent } from '../agent/agent.js';
import type { FunctionCallItem } from '../items/items.js';
import type { RunToolApprovalItem } from '../items/run-item.js';
import type { Handoff } from '../handoffs/handoff.js';

/** What the loop does after a turn. @internal */
export type NextStep =
  | { type: 'run_again' }
  | { type: 'final_output'; output: unknown }
  | {
      type: 'handoff';
      handoff: Handoff<any, any>;
      call: FunctionCallItem;
      from: Agent<any, any>;
    }
  /** The run stops until a person decides on these calls; `run(agent, state)` continues it. */
  | {
      type: 'interruption';
      interruptions: RunToolApprovalItem[];
      /** Those of `interruptions` that agent tools' nested runs wait for. */
      nested?: RunToolApprovalItem[];
    };
