/** What every example's `main` accepts, so tests can run it quietly against the emulator. */
export interface ExampleOptions {
  /** The user's message. Each example has its own default. */
  question?: string;
  /** Where the output goes. Default: standard output. */
  write?: (text: string) => void;
  /** Where `OPENAI_API_KEY` and `BATON_MODEL` are read from. Default `process.env`. */
  env?: Record<string, string | undefined>;
  /** Where the demo keeps its traces for `npx baton traces`. Default `BATON_TRACE_DIR`, else `.baton/traces`. */
  traceDir?: string;
}
