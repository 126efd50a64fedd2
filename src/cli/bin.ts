#!/usr/bin/env node
// The `citebot` executable: runs the CLI on this process's arguments and streams.
import { runCli } from './main.js';

runCli(process.argv.slice(2), { out: process.stdout, err: process.stderr, input: process.stdin }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`citebot: unexpected error (a bug; please report it):\n${(error as Error).stack ?? error}\n`);
    process.exitCode = 1;
  },
);
