// A module exporting two agents, for `baton graph` tests.
import { Agent } from '@baton/core';

export const billing = new Agent({ name: 'Billing' });
export const triage = new Agent({ name: 'Triage', handoffs: [billing] });
