// Browser code, kept as text: the page is served from memory, so it works offline and needs no asset files.
/** The page: no inline script or style, so the Content-Security-Policy can forbid both. */
export const INDEX_HTML = String.raw`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Baton traces</title>
    <link rel="stylesheet" href="/assets/viewer.css" />
    <script src="/assets/viewer.js" defer></script>
  </head>
  <body>
    <header><a href="#/">Baton traces</a><span class="live">live</span></header>
    <main id="app"></main>
  </body>
</html>
`;
