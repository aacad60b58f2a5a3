import { CLIENT_APP } from './client-app.js';
import { CLIENT_CORE } from './client-core.js';
import { CLIENT_DETAILS } from './client-details.js';
import { CLIENT_GRAPH } from './client-graph.js';
import { CLIENT_LIST } from './client-list.js';
import { CLIENT_TRACE } from './client-trace.js';
import { INDEX_HTML } from './index-html.js';
import { VIEWER_CSS } from './viewer-css.js';

/** A file of the page, served from memory. */
export interface ViewerAsset {
  /** The `Content-Type` it is served with. */
  type: string;
  /** Its content. */
  body: string;
}

/** The page script: its parts share one scope, in the order they are listed. */
export const VIEWER_SCRIPT = [
  CLIENT_CORE,
  CLIENT_LIST,
  CLIENT_TRACE,
  CLIENT_DETAILS,
  CLIENT_GRAPH,
  CLIENT_APP,
].join('\n');

/** Every file of the page by its URL path. */
export const VIEWER_ASSETS: Readonly<Record<string, ViewerAsset>> = {
  '/': { type: 'text/html; charset=utf-8', body: INDEX_HTML },
  '/index.html': { type: 'text/html; charset=utf-8', body: INDEX_HTML },
  '/assets/viewer.js': {
    type: 'text/javascript; charset=utf-8',
    body: VIEWER_SCRIPT,
  },
  '/assets/viewer.css': { type: 'text/css; charset=utf-8', body: VIEWER_CSS },
};
