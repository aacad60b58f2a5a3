import { startTraceViewer } from '@baton/agents';

// What `npx baton traces --port 0` does, from code: serve the viewer for a trace folder on loopback.
const viewer = await startTraceViewer({ dir: '.baton/traces', port: 0 });
console.log(`Traces: ${viewer.url}`);

// ... later, when the script is done with it:
await viewer.close();
