#!/usr/bin/env node
// The `baton-emulator` bin: a thin entry so that importing the package never starts a server.
import { runEmulatorCli } from './cli/run-emulator-cli.js';

void runEmulatorCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
