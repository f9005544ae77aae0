import type * as Preset from '@docusaurus/preset-classic';
import type { Config } from '@docusaurus/types';
import { preprocessLabReadme } from './plugins/labs/readme.ts';
import { darkCodeTheme, lightCodeTheme } from './src/lib/code-themes.ts';
import { repository } from './src/lib/repository.ts';

/**
 * Rspack, SWC and Lightning CSS through `@docusaurus/faster`. `DOJO_BUNDLER=webpack` builds with
 * the old webpack/Babel/Terser pipeline, only so `npm run bench:build` can time both side by side.
 */
const faster = process.env.DOJO_BUNDLER !== 'webpack';

const config: Config = {
  title: 'Lambda Dojo',
  tagline: 'AWS Lambda로 배우는 서버리스 아키텍처',
  favicon: 'img/favicon.svg',
  url: 'https://lambda-dojo.example.org',
  baseUrl: '/',
  trailingSlash: false,

  future: {
    faster,
    v4: { removeLegacyPostBuildHeadAttribute: true },
  },

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',

  i18n: {
    defaultLocale: 'ko',
    locales: ['ko', 'en'],
    localeConfigs: {
      ko: { label: '한국어', htmlLang: 'ko-KR' },
      en: { label: 'English', htmlLang: 'en-US' },
    },
  },

  markdown: {
    mermaid: true,
    // `.md` files (lab READMEs) are plain CommonMark, `.mdx` files are MDX.
    format: 'detect',
    hooks: { onBrokenMarkdownLinks: 'throw' },
    preprocessor: preprocessLabReadme,
  },

  plugins: ['./plugins/labs/index.ts', './plugins/search-terms/index.ts'],

  presets: [
    [
      'classic',
      {
        docs: {
          sidebarPath: './sidebars.ts',
          showLastUpdateTime: false,
        },
        blog: false,
        theme: { customCss: './src/css/custom.css' },
      } satisfies Preset.Options,
    ],
  ],

  themes: [
    '@docusaurus/theme-mermaid',
    [
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        language: ['en', 'ko'],
        indexBlog: false,
        indexPages: false,
        docsRouteBasePath: '/docs',
        highlightSearchTermsOnTargetPage: true,
        searchBarShortcutHint: false,
      },
    ],
  ],

  themeConfig: {
    colorMode: { defaultMode: 'light', respectPrefersColorScheme: true },
    navbar: {
      title: 'Lambda Dojo',
      // The title beside the logo already says the name: the image itself is decoration.
      logo: { alt: '', src: 'img/logo.svg' },
      items: [
        // Labs sit in the course sidebar too: each item is active only on its own pages.
        {
          to: '/docs/intro',
          position: 'left',
          label: '강의',
          activeBaseRegex: '^/(en/)?docs/(?!labs(/|$))',
        },
        {
          to: '/docs/labs',
          position: 'left',
          label: '랩',
          activeBaseRegex: '^/(en/)?docs/labs(/|$)',
        },
        { href: repository.url, position: 'right', label: '저장소' },
        { type: 'localeDropdown', position: 'right' },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: '강의',
          items: [
            { label: '시작하기', to: '/docs/intro' },
            { label: '랩', to: '/docs/labs' },
          ],
        },
      ],
      copyright: 'Lambda Dojo. AWS와 AWS Lambda는 Amazon.com, Inc.의 상표예요.',
    },
    prism: {
      theme: lightCodeTheme,
      darkTheme: darkCodeTheme,
      additionalLanguages: ['bash', 'json'],
    },
    mermaid: { theme: { light: 'neutral', dark: 'dark' } },
  } satisfies Preset.ThemeConfig,
};

export default config;
