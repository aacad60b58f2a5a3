import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The centre of the name field, in page pixels: the page's layout is fixed, so the point is too. */
export const FIELD_POINT = { x: 200, y: 120 } as const;
/** The centre of the submit button. */
export const SUBMIT_POINT = { x: 200, y: 200 } as const;

/** A sign-up form served on 127.0.0.1, which records what is submitted to it. */
export interface FormPage {
  /** The form's address. */
  readonly url: string;
  /** The names submitted so far, in order. */
  readonly submissions: string[];
  /** Stops the server. */
  close(): Promise<void>;
}

const STYLE = `
  body { margin: 0; font: 16px sans-serif; background: #f4f6fb; }
  h1 { position: absolute; left: 100px; top: 20px; margin: 0; font-size: 24px; }
  label { position: absolute; left: 100px; top: 72px; }
  input, button { position: absolute; left: 100px; width: 200px; height: 40px;
    box-sizing: border-box; font: inherit; }
  input { top: 100px; }
  button { top: 180px; background: #2456d6; color: white; border: 0; }
  p { position: absolute; left: 100px; top: 80px; margin: 0; }
`;

function formHtml(): string {
  return `<!doctype html><html><head><title>Sign up</title><style>${STYLE}</style></head>
<body><h1>Relay club sign-up</h1>
<form method="post" action="/submit">
<label for="name">Your name</label><input id="name" name="name" autocomplete="off">
<button type="submit">Sign up</button>
</form></body></html>`;
}

function thanksHtml(name: string): string {
  const safe = name.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html><html><head><title>Signed up</title><style>${STYLE}</style></head>
<body><h1>Relay club sign-up</h1><p id="done">Thanks, ${safe}: you are signed up.</p></body></html>`;
}

/**
 * Serves the sign-up form at `/` and takes its submissions at `POST /submit`, on a free port of 127.0.0.1. The
 * layout is fixed (no web fonts, absolute positions), so screenshots and click points are the same on every run.
 */
export async function startFormPage(): Promise<FormPage> {
  const submissions: string[] = [];
  const server = createServer((request, response) => {
    if (request.method === 'POST' && request.url === '/submit') {
      let body = '';
      request.setEncoding('utf8');
      request.on('data', (chunk: string) => (body += chunk));
      request.on('end', () => {
        const name = new URLSearchParams(body).get('name') ?? '';
        submissions.push(name);
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(thanksHtml(name));
      });
      return;
    }
    if (request.method === 'GET' && request.url === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(formHtml());
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    submissions,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
