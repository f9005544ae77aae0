import { translate } from '@docusaurus/Translate';
import SearchBar from '@theme-original/SearchBar';
import type { ComponentProps, ReactNode } from 'react';
import { useEffect, useRef } from 'react';

/**
 * The search plugin's bar with its input named in the page's language: the plugin hard-codes
 * aria-label="Search" and translates only the placeholder (theme.SearchBar.label).
 */
export default function SearchBarWrapper(props: ComponentProps<typeof SearchBar>): ReactNode {
  const box = useRef<HTMLDivElement>(null);
  const label = translate({
    id: 'theme.SearchBar.label',
    message: 'Search',
    description: 'The ARIA label and placeholder for search button',
  });
  useEffect(() => {
    box.current?.querySelector('input')?.setAttribute('aria-label', label);
  });
  return (
    <div ref={box} style={{ display: 'contents' }}>
      <SearchBar {...props} />
    </div>
  );
}
