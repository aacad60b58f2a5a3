// @baton/tracing: what Baton records about runs, and where it sends it. It imports nothing of Baton.
export {};
