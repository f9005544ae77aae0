import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';

/** The search plugin's query tokenizer, by its path inside the package. */
const searchTokenizer =
  /docusaurus-search-local[\\/]dist[\\/]client[\\/]client[\\/]utils[\\/]tokenize\.js$/;

/**
 * Swaps the search plugin's query tokenizer for src/lib/search-terms.ts, so "콜드스타트" finds the
 * pages about "콜드 스타트". The plugin has no option for this; replacing one module keeps the rest
 * of it (index, worker, search bar, results page) as it ships.
 */
export default function searchTermsPlugin(context: LoadContext): Plugin {
  return {
    name: 'lambda-dojo-search-terms',
    configureWebpack(_config, _isServer, { currentBundler }) {
      const { NormalModuleReplacementPlugin } = currentBundler.instance;
      return {
        plugins: [
          new NormalModuleReplacementPlugin(
            searchTokenizer,
            join(context.siteDir, 'src/lib/search-terms.ts'),
          ),
        ],
      };
    },
  };
}
