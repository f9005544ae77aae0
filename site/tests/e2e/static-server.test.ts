import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveFile } from './static-server.ts';

const root = mkdtempSync(join(tmpdir(), 'dojo-build-'));
mkdirSync(join(root, 'docs'), { recursive: true });
mkdirSync(join(root, 'en'), { recursive: true });
writeFileSync(join(root, 'index.html'), '');
writeFileSync(join(root, 'en/index.html'), '');
writeFileSync(join(root, 'docs/intro.html'), '');

describe('resolveFile', () => {
  it('maps page URLs to the files Docusaurus writes (trailingSlash: false)', () => {
    expect(resolveFile(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveFile(root, '/en/')).toBe(join(root, 'en/index.html'));
    expect(resolveFile(root, '/docs/intro?x=1')).toBe(join(root, 'docs/intro.html'));
  });

  it('serves nothing outside the build folder or for missing pages', () => {
    expect(resolveFile(root, '/../../etc/passwd')).toBeNull();
    expect(resolveFile(root, '/docs/missing')).toBeNull();
  });
});
