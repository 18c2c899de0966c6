#!/usr/bin/env node
// The `galley` command. Runs src/cli/main.ts in this process through tsx's loader (resolved from
// this package, so it works from any directory), without a build step.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import(new URL('../src/cli/main.ts', import.meta.url).href);
await runCli(process.argv.slice(2));
