import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const read = (path: string) => JSON.parse(readFileSync(join(repo, path), 'utf8'));

// npm install rewrites a workspace's entry in package-lock.json from its package.json:
// where they disagree, a fresh checkout shows package-lock.json modified after install.
test("package-lock.json agrees with the grader's package.json (bin, dependencies)", () => {
  const lock = read('package-lock.json').packages['packages/grader'];
  const manifest = read('packages/grader/package.json');
  expect(lock.bin, 'bin').toEqual(manifest.bin);
  expect(lock.dependencies, 'dependencies').toEqual(manifest.dependencies);
  expect(lock.devDependencies, 'devDependencies').toEqual(manifest.devDependencies);
});
