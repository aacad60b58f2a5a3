// @baton/tracing/viewer: the local web app `baton traces` serves.
export {
  DEFAULT_VIEWER_PORT,
  startTraceViewer,
  type TraceViewer,
  type TraceViewerOptions,
} from './start-trace-viewer.js';
export { TraceViewerError } from './trace-viewer-error.js';
export { SECURITY_HEADERS } from './security-headers.js';
