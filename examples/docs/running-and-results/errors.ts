import {
  Agent,
  MaxTurnsExceededError,
  ModelRequestError,
  run,
  RunAbortedError,
} from '@baton/agents';

const agent = new Agent({ name: 'Assistant' });

try {
  await run(agent, 'Plan my week.', {
    maxTurns: 3,
    signal: AbortSignal.timeout(30_000),
  });
} catch (error) {
  // isInstance works even when two copies of Baton (ESM and CJS) are loaded; instanceof may not.
  if (MaxTurnsExceededError.isInstance(error)) {
    console.log('Gave up after', error.state?.currentTurn, 'turns');
    console.log('Items so far:', error.state?.generatedItems.length);
  } else if (RunAbortedError.isInstance(error)) {
    console.log('Took longer than 30 s');
  } else if (ModelRequestError.isInstance(error)) {
    console.log('The API said no:', error.status, error.code);
  } else {
    throw error;
  }
}
