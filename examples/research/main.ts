import {
  Agent,
  fileSearchTool,
  getCitations,
  webSearchTool,
  type Citation,
  type HostedTool,
  type RunItem,
} from '@baton/agents';
import { connect } from '../shared/connect.js';
import type { ExampleOptions } from '../shared/example-options.js';
import { runIfMain } from '../shared/run-if-main.js';
import { writeToStdout } from '../shared/write-to-stdout.js';

/** The question asked when none is given. */
export const DEFAULT_QUESTION = 'How is the baton passed in a 4 x 100 m relay?';

/** The vector store searched offline; on OpenAI, `BATON_VECTOR_STORE_ID` names one of yours. */
export const EMULATED_VECTOR_STORE = 'vs_relay_handbook';

/** What the research produced. */
export interface ResearchReport {
  answer: string;
  /** Every source the answer cites, once each, in order. */
  citations: Citation[];
}

/**
 * A research agent with two hosted tools: a web search, and a file search over a vector store of your documents.
 * The searches are printed as they happen, then the answer and the sources it cites.
 */
export async function main(
  options: ExampleOptions = {},
): Promise<ResearchReport> {
  const write = options.write ?? writeToStdout;
  const env = options.env ?? process.env;
  const question = options.question ?? DEFAULT_QUESTION;
  const connection = await connect({ env });
  const vectorStore = connection.emulator
    ? EMULATED_VECTOR_STORE
    : env.BATON_VECTOR_STORE_ID;
  const tools: HostedTool[] = [webSearchTool({ searchContextSize: 'low' })];
  if (vectorStore)
    tools.push(fileSearchTool(vectorStore, { maxNumResults: 5 }));
  const researcher = new Agent({
    name: 'Researcher',
    instructions:
      'Answer from web pages and from the uploaded documents, and cite both.',
    tools,
  });
  try {
    write(`${connection.banner}\n`);
    if (!vectorStore)
      write('No BATON_VECTOR_STORE_ID set: searching the web only.\n');
    write(`\nQuestion: ${question}\n`);
    const result = await connection.runner.run(researcher, question, {
      stream: true,
    });
    for await (const event of result) {
      if (
        event.type === 'run_item_stream_event' &&
        event.name === 'tool_called'
      )
        write(describeSearch(event.item));
    }
    const answer = String(result.finalOutput ?? '');
    const citations = getCitations(result, { unique: true });
    write(`\nAnswer: ${answer}\n\nSources:\n`);
    citations.forEach((citation, index) =>
      write(`  ${index + 1}. ${describeCitation(citation)}\n`),
    );
    return { answer, citations };
  } finally {
    await connection.close();
  }
}

function describeSearch(item: RunItem): string {
  const call = item.rawItem as {
    type?: string;
    action?: { query?: string };
    queries?: string[];
  };
  if (call.type === 'web_search_call')
    return `[web search] ${call.action?.query ?? '(a page)'}\n`;
  if (call.type === 'file_search_call')
    return `[file search] ${(call.queries ?? []).join('; ')}\n`;
  return `[${call.type}]\n`;
}

function describeCitation(citation: Citation): string {
  switch (citation.type) {
    case 'url_citation':
      return `${citation.title} <${citation.url}>`;
    case 'file_citation':
      return `${citation.filename} (${citation.file_id})`;
    case 'container_file_citation':
      return `${citation.filename} (made by the code interpreter)`;
  }
}

runIfMain(import.meta.url, main);
