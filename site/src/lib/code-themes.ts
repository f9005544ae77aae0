import { type PrismTheme, themes } from 'prism-react-renderer';

/**
 * Prism's GitHub theme with token colours darkened to at least 4.5:1 on its #f6f8fa background
 * (WCAG AA; the original #36acaa, #00a4db, #999988, #d73a49 and #e3116c are 2.6:1 to 4.3:1).
 */
export const lightCodeTheme: PrismTheme = {
  plain: themes.github.plain,
  styles: [
    {
      types: ['comment', 'prolog', 'doctype', 'cdata'],
      style: { color: '#5f6b7a', fontStyle: 'italic' },
    },
    { types: ['namespace'], style: { opacity: 0.85 } },
    { types: ['string', 'attr-value'], style: { color: '#b3125a' } },
    { types: ['punctuation', 'operator'], style: { color: '#393a34' } },
    {
      types: [
        'entity',
        'url',
        'symbol',
        'number',
        'boolean',
        'variable',
        'constant',
        'property',
        'regex',
        'inserted',
      ],
      style: { color: '#1a7373' },
    },
    { types: ['atrule', 'keyword', 'attr-name', 'selector'], style: { color: '#0064a8' } },
    { types: ['function', 'deleted', 'tag'], style: { color: '#c0242f' } },
    { types: ['function-variable'], style: { color: '#6f42c1' } },
    { types: ['tag', 'selector', 'keyword'], style: { color: '#00009f' } },
  ],
};

/** Prism's Dracula theme with comments lightened from 3.0:1 to 5.0:1 on #282a36. */
export const darkCodeTheme: PrismTheme = {
  ...themes.dracula,
  styles: themes.dracula.styles.map((rule) =>
    rule.types.includes('comment') ? { ...rule, style: { ...rule.style, color: '#8a98c8' } } : rule,
  ),
};
