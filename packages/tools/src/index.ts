/**
 * `@baton/tools`: the OpenAI Responses API's hosted tools for Baton agents — web search, file search, code
 * interpreter, image generation and hosted MCP servers — with helpers for what they return: the answer's
 * citations and the generated images. Hosted tools need a Responses model; on Chat Completions they are a
 * `UserError`. For computer use, `PlaywrightComputer` is a real browser computer (on `playwright-core`, an optional
 * peer dependency) to give to `computerTool` from `@baton/core`.
 *
 * Every symbol is documented where it is defined.
 * @see docs/hosted-tools.md in the Baton repository
 * @module
 */

export {
  webSearchTool,
  type WebSearchToolOptions,
  type WebSearchUserLocation,
} from './web-search/web-search-tool.js';
export {
  fileSearchTool,
  type FileSearchComparisonFilter,
  type FileSearchCompoundFilter,
  type FileSearchRankingOptions,
  type FileSearchToolOptions,
} from './file-search/file-search-tool.js';
export {
  codeInterpreterTool,
  type AutoCodeInterpreterContainer,
  type CodeInterpreterToolOptions,
} from './code-interpreter/code-interpreter-tool.js';
export {
  imageGenerationTool,
  type ImageGenerationToolOptions,
} from './image-generation/image-generation-tool.js';
export {
  hostedMcpTool,
  type HostedMCPApprovalSetting,
  type HostedMCPToolFilter,
  type HostedMCPToolOptions,
} from './hosted-mcp/hosted-mcp-tool.js';
export {
  saveGeneratedImages,
  type SaveGeneratedImagesOptions,
} from './image-generation/save-generated-images.js';
export {
  getCitations,
  type Citation,
  type ContainerFileCitation,
  type FileCitation,
  type GetCitationsOptions,
  type UrlCitation,
} from './citations/get-citations.js';
export type { ItemSource } from './item-source.js';
export {
  PlaywrightComputer,
  type PlaywrightComputerOptions,
} from './computer/playwright-computer.js';
export { isLoopbackUrl } from './computer/is-loopback-url.js';
export { toPlaywrightKey } from './computer/to-playwright-key.js';
