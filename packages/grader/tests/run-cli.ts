import { main } from '../src/cli.ts';
import type { NodeRun } from './run-node.ts';

let turn: Promise<unknown> = Promise.resolve();

/**
 * `bin/cli.mjs <argv>` in this process: the same `main`, with the course and state folders
 * read from `env` (coursePaths) rather than from a child's environment, and what it writes to
 * standard output and standard error collected. One call at a time, since both streams are
 * this process's own; the binary itself keeps its smoke tests in cli.test.ts.
 */
export function runCli(argv: string[], env: Record<string, string>): Promise<NodeRun> {
  const run = turn.then(() => capture(argv, env));
  turn = run.catch(() => undefined);
  return run;
}

async function capture(argv: string[], env: Record<string, string>): Promise<NodeRun> {
  const out = { stdout: '', stderr: '' };
  const streams = { stdout: process.stdout, stderr: process.stderr } as const;
  const originals = {
    stdout: process.stdout.write.bind(process.stdout),
    stderr: process.stderr.write.bind(process.stderr),
  };
  for (const name of ['stdout', 'stderr'] as const) {
    streams[name].write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      out[name] += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString();
      const done = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
      done?.();
      return true;
    }) as typeof process.stdout.write;
  }
  try {
    const code = await main(argv, { ...process.env, ...env });
    return { code, ...out };
  } finally {
    streams.stdout.write = originals.stdout;
    streams.stderr.write = originals.stderr;
  }
}
