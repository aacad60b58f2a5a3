// Browser code, kept as text: the page is served from memory, so it works offline and needs no asset files.
/** The page's style sheet. */
export const VIEWER_CSS = String.raw`:root { color-scheme: light; --fg: #1d2330; --muted: #667085; --line: #e4e7ec; --bg: #f7f8fa; --accent: #3b5bdb; --error: #c92a2a; --trip: #e67700; --tool: #2b8a3e; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', sans-serif; color: var(--fg); background: var(--bg); }
header { display: flex; align-items: center; gap: 12px; padding: 10px 20px; background: #fff; border-bottom: 1px solid var(--line); }
header a { color: var(--fg); font-weight: 600; text-decoration: none; }
.live { font-size: 12px; color: var(--muted); }
body[data-live='on'] .live::before { content: '● '; color: var(--tool); }
body[data-live='off'] .live::before { content: '○ '; }
main { padding: 16px 20px; }
h1 { font-size: 20px; margin: 4px 0; }
h2 { font-size: 16px; margin: 0 0 8px; }
h3 { font-size: 13px; margin: 12px 0 6px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
a { color: var(--accent); }
.muted { color: var(--muted); }
.small { font-size: 12px; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.toolbar { display: flex; gap: 8px; align-items: center; margin-bottom: 12px; }
.toolbar input { flex: 1; max-width: 420px; padding: 6px 10px; border: 1px solid var(--line); border-radius: 6px; }
.toolbar select { padding: 6px; border: 1px solid var(--line); border-radius: 6px; }
table.traces { width: 100%; border-collapse: collapse; background: #fff; border: 1px solid var(--line); }
table.traces th, table.traces td { padding: 8px 10px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
table.traces th.num, table.traces td.num { text-align: right; }
tr.trace-row { cursor: pointer; }
tr.trace-row:hover { background: #f0f3ff; }
.badge { display: inline-block; padding: 0 7px; margin-right: 4px; border-radius: 9px; font-size: 11px; font-weight: 600; color: #fff; }
.badge-error { background: var(--error); }
.badge-tripwire { background: var(--trip); }
.badge-running { background: var(--accent); }
.error-box { padding: 8px 12px; margin: 8px 0; border-radius: 6px; background: #fff5f5; color: var(--error); border: 1px solid #ffc9c9; }
.tabs { display: flex; gap: 4px; margin: 14px 0 10px; border-bottom: 1px solid var(--line); }
.tab { padding: 6px 14px; text-decoration: none; color: var(--muted); border-bottom: 2px solid transparent; }
.tab.active { color: var(--fg); border-bottom-color: var(--accent); }
.timeline { display: grid; grid-template-columns: minmax(420px, 3fr) minmax(320px, 2fr); gap: 14px; align-items: start; }
.spans { background: #fff; border: 1px solid var(--line); border-radius: 6px; }
.span-row { display: grid; grid-template-columns: minmax(200px, 1.2fr) 1fr 70px; gap: 8px; align-items: center; padding: 5px 10px; border-bottom: 1px solid var(--line); cursor: pointer; }
.span-row:hover { background: #f0f3ff; }
.span-row.selected { background: #e7ecff; }
.span-name { display: flex; align-items: center; gap: 4px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.indent { display: inline-block; flex: none; }
.span-bar-track { height: 12px; background: #f2f4f7; border-radius: 3px; overflow: hidden; }
.span-bar { height: 12px; border-radius: 3px; background: #98a2b3; }
.kind-agent .span-bar { background: #5c7cfa; }
.kind-response .span-bar, .kind-generation .span-bar { background: #845ef7; }
.kind-function .span-bar { background: var(--tool); }
.kind-handoff .span-bar { background: #1098ad; }
.kind-guardrail .span-bar { background: #fab005; }
.has-error .span-bar, .tripped .span-bar { background: var(--error); }
.span-time { text-align: right; }
.details { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 12px 14px; position: sticky; top: 10px; max-height: calc(100vh - 20px); overflow: auto; }
.field { display: flex; gap: 8px; padding: 2px 0; }
.field-name { width: 110px; flex: none; color: var(--muted); }
.field-value { word-break: break-all; }
pre, .code { margin: 4px 0; padding: 8px; background: #f8f9fb; border: 1px solid var(--line); border-radius: 4px; font: 12px/1.4 ui-monospace, 'SFMono-Regular', Menlo, monospace; white-space: pre-wrap; word-break: break-word; }
.items { display: flex; flex-direction: column; gap: 6px; }
.item { border: 1px solid var(--line); border-left: 4px solid #98a2b3; border-radius: 4px; padding: 6px 8px; }
.item-head { font-size: 12px; font-weight: 600; color: var(--muted); margin-bottom: 2px; }
.item .text { white-space: pre-wrap; word-break: break-word; }
.role-user { border-left-color: var(--accent); }
.role-assistant { border-left-color: #845ef7; }
.role-system, .role-developer { border-left-color: #868e96; }
.tool-call, .tool-result { border-left-color: var(--tool); }
.handoff-call { border-left-color: #1098ad; }
.verdict { display: inline-block; margin-top: 6px; padding: 3px 10px; border-radius: 4px; font-weight: 600; }
.verdict.passed { background: #ebfbee; color: var(--tool); }
.verdict.tripped { background: #fff4e6; color: var(--trip); }
table.usage { border-collapse: collapse; margin: 8px 0; }
table.usage th, table.usage td { border: 1px solid var(--line); padding: 3px 10px; font-size: 12px; }
details.raw { margin-top: 12px; }
.graph-wrap { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 12px; overflow: auto; }
.agent-box { fill: #edf2ff; stroke: #5c7cfa; stroke-width: 1.5; }
.not-run .agent-box { fill: #f8f9fa; stroke: #adb5bd; stroke-dasharray: 4 3; }
.agent-label { font-weight: 600; font-size: 13px; fill: var(--fg); }
.leaf-line { stroke: #ced4da; }
.tool-node .leaf-box { fill: #ebfbee; stroke: #8ce99a; }
.tool-node.used .leaf-box { stroke: var(--tool); stroke-width: 1.5; }
.tool-node.used .leaf-label { font-weight: 600; }
.guardrail-node .leaf-box { fill: #fff9db; stroke: #fcc419; }
.guardrail-node.tripped .leaf-box { fill: #fff5f5; stroke: var(--error); stroke-width: 1.5; }
.leaf-label { font-size: 12px; fill: var(--fg); }
.handoff-edge { fill: none; stroke: #1098ad; stroke-width: 1.5; }
.handoff-edge.not-taken { stroke: #adb5bd; stroke-dasharray: 5 4; }
.arrow-head { fill: #1098ad; }
.legend { margin-top: 8px; }
`;
