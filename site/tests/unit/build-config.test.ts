import { describe, expect, it } from 'vitest';
import config from '../../docusaurus.config.ts';
import { withReadmeHash } from '../../plugins/labs/index.ts';

describe('build configuration', () => {
  it('builds with @docusaurus/faster and still fails on broken links and anchors', () => {
    expect(config.future?.faster).toBe(true);
    expect(config.future?.v4).toMatchObject({ removeLegacyPostBuildHeadAttribute: true });
    expect(config.onBrokenLinks).toBe('throw');
    expect(config.onBrokenAnchors).toBe('throw');
    expect(config.markdown?.hooks?.onBrokenMarkdownLinks).toBe('throw');
  });
});

describe('lab README cache key', () => {
  it('changes the Rspack persistent cache version with the README preprocessor', () => {
    const config = { cache: true, experiments: { cache: { type: 'persistent', version: 'v1' } } };
    expect(withReadmeHash(config, 'abc')).toEqual({
      experiments: { cache: { type: 'persistent', version: 'v1-labs-readme-abc' } },
    });
  });

  it('changes the webpack filesystem cache version with the README preprocessor', () => {
    const config = { cache: { type: 'filesystem', version: 'v1', name: 'x' } };
    expect(withReadmeHash(config, 'abc')).toEqual({
      cache: { type: 'filesystem', version: 'v1-labs-readme-abc', name: 'x' },
    });
  });

  it('leaves a build without a persistent cache alone', () => {
    expect(withReadmeHash({ cache: undefined }, 'abc')).toEqual({});
  });
});
