import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  [field: string]: unknown;
}

interface Lockfile {
  lockfileVersion?: number;
  packages?: Record<string, LockEntry>;
}

/** Flags that describe the course's own tree, not the staging folder's. */
const DROPPED = ['dev', 'devOptional', 'peer', 'extraneous', 'inBundle'];

/**
 * A package-lock.json for the staging folder, cut from the course's own lockfile: the native
 * modules and everything they depend on, optional platform packages included (npm ci then picks
 * those for the --os/--cpu it is given). The versions are the ones the course installed and
 * tested, npm needs no registry metadata, and tarballs already in npm's cache (every package
 * `npm ci` installed on this machine) are not downloaded again. Undefined without a lockfile that
 * lists them all; the caller then runs a plain `npm install`.
 */
export function stagingLock(
  entryFile: string,
  dependencies: Record<string, string>,
): string | undefined {
  const lockfile = findUp(dirname(entryFile), 'package-lock.json');
  if (!lockfile) return undefined;
  const lock = JSON.parse(readFileSync(lockfile, 'utf8')) as Lockfile;
  const all = lock.packages ?? {};
  if ((lock.lockfileVersion ?? 0) < 2) return undefined;
  const packages: Record<string, LockEntry> = {
    '': { name: 'lambda-dojo-function', version: '1.0.0', dependencies },
  };
  // Breadth-first over hoisted names: node_modules/<name>, or nested under its dependant.
  const queue: [string, string | undefined][] = Object.keys(dependencies).map((n) => [
    n,
    undefined,
  ]);
  while (queue.length > 0) {
    const [name, parent] = queue.shift() as [string, string | undefined];
    const nested = parent ? `${parent}/node_modules/${name}` : undefined;
    const key = nested && all[nested] ? nested : `node_modules/${name}`;
    const entry = all[key];
    if (!entry?.version) return undefined;
    // Nested copies keep their place; anything else is hoisted to the top.
    const target = key === nested ? key : `node_modules/${name}`;
    if (packages[target]) continue;
    packages[target] = Object.fromEntries(
      Object.entries(entry).filter(([field]) => !DROPPED.includes(field)),
    ) as LockEntry;
    for (const dep of [
      ...Object.keys(entry.dependencies ?? {}),
      ...Object.keys(entry.optionalDependencies ?? {}),
    ]) {
      queue.push([dep, key]);
    }
  }
  return `${JSON.stringify(
    {
      name: 'lambda-dojo-function',
      version: '1.0.0',
      lockfileVersion: 3,
      requires: true,
      packages,
    },
    null,
    2,
  )}\n`;
}

function findUp(dir: string, name: string): string | undefined {
  for (let current = dir; ; current = dirname(current)) {
    if (existsSync(join(current, name))) return join(current, name);
    if (dirname(current) === current) return undefined;
  }
}
