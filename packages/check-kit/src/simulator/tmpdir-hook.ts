import { syncBuiltinESMExports } from 'node:module';
import os from 'node:os';
import { environmentScope } from './context-store.ts';

const realTmpdir = os.tmpdir;
let installs = 0;

/** The host's temporary directory, outside any environment. */
export const hostTmpdir = (): string => realTmpdir();

/**
 * Makes `os.tmpdir()` (also `import { tmpdir } from 'node:os'`) answer each environment's own
 * directory, as `/tmp` is private to an execution environment on Lambda.
 */
export function installTmpdirHook(): void {
  if (installs++ > 0) return;
  os.tmpdir = () => environmentScope.getStore()?.tmpDir ?? realTmpdir();
  syncBuiltinESMExports();
}

export function uninstallTmpdirHook(): void {
  if (installs === 0 || --installs > 0) return;
  os.tmpdir = realTmpdir;
  syncBuiltinESMExports();
}
