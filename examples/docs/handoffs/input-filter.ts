import { Agent, handoff, type HandoffInputFilter } from '@baton/agents';

// Hand over only the last five items of the input the run started with (plus what this run generated).
const lastFive: HandoffInputFilter = (data) => ({
  ...data,
  inputHistory:
    typeof data.inputHistory === 'string'
      ? data.inputHistory
      : data.inputHistory.slice(-5),
});

const specialist = new Agent({ name: 'Specialist' });
export const frontDesk = new Agent({
  name: 'Front desk',
  handoffs: [handoff(specialist, { inputFilter: lastFive })],
});
