/**
 * An `openai` client stand-in that answers from recordings, so a run costs no HTTP: what an implementation then
 * spends is its own code (the floor's being next to nothing). It first passes requests to a real client and
 * records each answer as JSON text; after `replay()`, it answers every request it has seen from that text, parsed
 * afresh per call, as the client would parse a body. Streams replay their events one by one through an async
 * iterator with a `controller`, the parts of the `openai` `Stream` the implementations use.
 */

/**
 * Wraps `real` (an `OpenAI` instance): `client` goes to the implementation, `replay()` switches it from recording
 * to answering from the recordings.
 */
export function createCannedClient(real) {
  const recordings = new Map();
  let replaying = false;
  const record = async (body, options) => {
    const answer = await real.responses.create(body, options);
    if (!body.stream) {
      recordings.set(requestKey(body), JSON.stringify(answer));
      return answer;
    }
    const events = [];
    for await (const event of answer) events.push(JSON.stringify(event));
    recordings.set(requestKey(body), events);
    return replayStream(events);
  };
  const client = {
    responses: {
      create(body, options) {
        if (!replaying) return record(body, options);
        const recorded = recordings.get(requestKey(body));
        if (recorded === undefined)
          throw new Error(
            `No recorded answer for a ${body.model} request (instructions "${body.instructions}"); record every input first`,
          );
        return Promise.resolve(
          body.stream ? replayStream(recorded) : JSON.parse(recorded),
        );
      },
    },
  };
  return {
    client,
    replay() {
      replaying = true;
    },
  };
}

/**
 * What makes a request of the scenarios distinct: model, instructions, input length and first input, streamed
 * or not. Generated ids in later input items do not change it.
 */
export function requestKey(body) {
  const input = Array.isArray(body.input) ? body.input : [body.input];
  const first = input[0];
  return JSON.stringify([
    body.model,
    body.instructions,
    input.length,
    typeof first === 'object' && first !== null ? first.content : first,
    Boolean(body.stream),
  ]);
}

function replayStream(events) {
  return {
    controller: new AbortController(),
    async *[Symbol.asyncIterator]() {
      for (const event of events) yield JSON.parse(event);
    },
  };
}
