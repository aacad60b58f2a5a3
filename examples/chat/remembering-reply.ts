import type { EmulatorReplyFunction } from '@baton/testing';

interface InputItem {
  type?: string;
  role?: string;
  content?: string | { type: string; text?: string }[];
}

/**
 * Offline, the emulator answers each message from the history the request carried, so the chat shows what it was
 * sent: the message just typed and the earlier ones a session supplied (from this process or an earlier one).
 */
export const rememberingReply: EmulatorReplyFunction = (request) => {
  const input = (request.body as { input?: InputItem[] | string }).input;
  const said = (Array.isArray(input) ? input : [])
    .filter((item) => item.role === 'user')
    .map(textOf);
  const latest = said.pop() ?? '';
  if (said.length === 0)
    return {
      text: `(emulator) You said "${latest}". This is the first thing you have told me.`,
    };
  const earlier = said.map((text) => `"${text}"`).join(', ');
  return {
    text: `(emulator) You said "${latest}". Earlier you told me: ${earlier}.`,
  };
};

function textOf(item: InputItem): string {
  if (typeof item.content === 'string') return item.content;
  return (item.content ?? []).map((part) => part.text ?? '').join('');
}
