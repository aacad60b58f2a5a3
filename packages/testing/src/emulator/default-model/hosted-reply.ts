import type { AgentOutputItem } from '@baton/core';
import type {
  ConversationView,
  OfferedHostedTool,
} from './conversation-view.js';
import { EMULATED_IMAGE_PNG_BASE64 } from './emulated-image.js';

type Item = Record<string, unknown>;

/** What one hosted tool contributes to the default answer: its call item and a sentence, cited or not. */
interface HostedStep {
  call: Item;
  sentence: string;
  /** The cited part of the sentence (web search), or the position in it a file citation applies to. */
  cite?: { span: string; annotation: Item } | { at: number; annotation: Item };
}

/** Queries and prompts are cut to this length, as a model would summarise a long question. */
const MAX_QUERY = 80;

/**
 * The default model's use of the hosted tools a request offers, done the way the live API does it: one call item
 * per tool (a `web_search_call` with its search action, a `file_search_call` with its queries, a
 * `code_interpreter_call` with code and an `image_generation_call` with a PNG), followed in the same response by a
 * message citing what was found (`url_citation`, `file_citation` annotations). With a function call to make too,
 * the call follows the hosted items instead of the message. `include` decides whether sources, file search results
 * and code outputs are filled in, as on the live API.
 * @internal
 */
export function hostedReply(
  view: ConversationView,
  after: AgentOutputItem | undefined,
): AgentOutputItem[] {
  const query = shorten(view.lastUserText.trim() || 'the question');
  const include = new Set(view.include ?? []);
  const steps = (view.hostedTools ?? []).map((tool) =>
    hostedStep(tool, query, include),
  );
  const calls = steps.map((step) => step.call as AgentOutputItem);
  return [...calls, after ?? citedAnswer(steps)];
}

function hostedStep(
  tool: OfferedHostedTool,
  query: string,
  include: Set<string>,
): HostedStep {
  switch (tool.type) {
    case 'file_search':
      return fileSearch(tool, query, include);
    case 'code_interpreter':
      return codeInterpreter(query, include);
    case 'image_generation':
      return imageGeneration(tool, query);
    default:
      return webSearch(query, include);
  }
}

function webSearch(query: string, include: Set<string>): HostedStep {
  const url = `https://example.com/search/${slug(query)}`;
  const sources = include.has('web_search_call.action.sources')
    ? { sources: [{ type: 'url', url }] }
    : {};
  // The live API tags the links it cites with `utm_source=openai`, and cites the whole parenthesised link.
  const cited = `${url}?utm_source=openai`;
  const span = `([example.com](${cited}))`;
  return {
    call: {
      type: 'web_search_call',
      status: 'completed',
      action: { type: 'search', query, ...sources },
    },
    sentence: `The web has an emulated page about "${query}" ${span}.`,
    cite: {
      span,
      annotation: {
        type: 'url_citation',
        url: cited,
        title: `Emulated result for "${query}"`,
      },
    },
  };
}

function fileSearch(
  tool: OfferedHostedTool,
  query: string,
  include: Set<string>,
): HostedStep {
  const ids = tool.definition.vector_store_ids;
  const store = Array.isArray(ids) && ids.length > 0 ? String(ids[0]) : 'vs';
  const fileId = `file-emulated-${slug(store)}`;
  const filename = `${store}.md`;
  const passage = `An emulated passage of ${filename} about "${query}".`;
  const results = include.has('file_search_call.results')
    ? [{ file_id: fileId, filename, score: 0.9, text: passage, attributes: {} }]
    : null;
  const sentence = `The uploaded files cover "${query}" .`;
  return {
    call: {
      type: 'file_search_call',
      status: 'completed',
      queries: [query],
      results,
    },
    sentence,
    // Like the live API, a file citation points at the space before the sentence's full stop.
    cite: {
      at: sentence.length - 2,
      annotation: { type: 'file_citation', file_id: fileId, filename },
    },
  };
}

function codeInterpreter(query: string, include: Set<string>): HostedStep {
  const code = `question = ${JSON.stringify(query)}\nprint(len(question.split()))`;
  const words = query.split(/\s+/).filter((word) => word !== '').length;
  return {
    call: {
      type: 'code_interpreter_call',
      status: 'completed',
      container_id: 'cntr_emulated',
      code,
      outputs: include.has('code_interpreter_call.outputs')
        ? [{ type: 'logs', logs: `${words}\n` }]
        : null,
    },
    sentence: `Running code on it printed ${words}.`,
  };
}

function imageGeneration(tool: OfferedHostedTool, query: string): HostedStep {
  const { definition } = tool;
  return {
    call: {
      type: 'image_generation_call',
      status: 'completed',
      background: definition.background ?? 'opaque',
      output_format: 'png',
      quality: definition.quality ?? 'low',
      size: definition.size ?? '1024x1024',
      revised_prompt: query,
      result: EMULATED_IMAGE_PNG_BASE64,
    },
    sentence: `Here is the image of "${query}".`,
  };
}

function citedAnswer(steps: HostedStep[]): AgentOutputItem {
  let text = '';
  const annotations: Item[] = [];
  for (const step of steps) {
    const start = text === '' ? 0 : text.length + 1;
    text = text === '' ? step.sentence : `${text} ${step.sentence}`;
    const cite = step.cite;
    if (cite && 'span' in cite) {
      const from = start + step.sentence.indexOf(cite.span);
      annotations.push({
        ...cite.annotation,
        start_index: from,
        end_index: from + cite.span.length,
      });
    } else if (cite) {
      annotations.push({ ...cite.annotation, index: start + cite.at });
    }
  }
  return {
    type: 'message',
    role: 'assistant',
    status: 'completed',
    content: [{ type: 'output_text', text, annotations }],
  };
}

function shorten(text: string): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length > MAX_QUERY ? `${line.slice(0, MAX_QUERY)}...` : line;
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, 40)
      .replace(/^-+|-+$/g, '') || 'query'
  );
}
