/**
 * The least an application can do to read a Responses stream's server-sent events from the HTTP body itself, as
 * `floor-body` does: LF line ends, `data` lines, every event of a chunk handed over at once (the Responses API sends
 * nothing else). Calls `onEvent` with each event's parsed JSON.
 */
export async function readSSEBody(body, onEvent) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let data;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let start = 0;
    for (;;) {
      const end = buffer.indexOf('\n', start);
      if (end === -1) break;
      if (end === start) {
        if (data !== undefined) onEvent(JSON.parse(data));
        data = undefined;
      } else if (buffer.startsWith('data:', start)) {
        const from =
          buffer.charCodeAt(start + 5) === 32 ? start + 6 : start + 5;
        const line = buffer.slice(from, end);
        data = data === undefined ? line : `${data}\n${line}`;
      }
      start = end + 1;
    }
    buffer = start === buffer.length ? '' : buffer.slice(start);
  }
}
