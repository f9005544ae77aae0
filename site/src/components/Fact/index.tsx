import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import { getFact } from '@lambda-dojo/lambda-facts';
import { type KeyboardEvent, type ReactNode, useId, useState } from 'react';
import { useLocale } from '../../hooks/useLocale.ts';
import { resolveFact } from '../../lib/facts.ts';
import { formatDate, formatValue } from '../../lib/format.ts';

/**
 * The current value of a Lambda fact with its unit; with `then`, its 2018 value.
 * The value is a button: hover, keyboard focus or a tap shows when it was checked; Escape hides it.
 */
export function Fact({ path, then = false }: { path: string; then?: boolean }): ReactNode {
  const locale = useLocale();
  const fact = getFact(path);
  const shown = resolveFact(path, then);
  const tipId = useId();
  const [pinned, setPinned] = useState(false);
  const asOf = formatDate(shown.asOf, locale);
  const tip = then
    ? translate({ id: 'fact.tooltip.then', message: '{asOf} 기준 값' }, { asOf })
    : translate({ id: 'fact.tooltip.now', message: '{asOf}에 확인한 값' }, { asOf });
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      setPinned(false);
      (event.currentTarget as HTMLElement).blur();
    }
  };
  return (
    <span className="dojo-fact-wrap" data-open={pinned || undefined}>
      <button
        type="button"
        className="dojo-fact"
        data-fact={path}
        aria-describedby={tipId}
        aria-expanded={pinned}
        onClick={() => setPinned((open) => !open)}
        onBlur={() => setPinned(false)}
        onKeyDown={onKeyDown}
      >
        {formatValue(shown.value, fact.unit, locale)}
      </button>
      <span role="tooltip" id={tipId} className="dojo-fact-tip">
        {tip}
      </span>
    </span>
  );
}

/** A link to where a fact was read, with its as-of date. */
export function FactSource({ path }: { path: string }): ReactNode {
  const locale = useLocale();
  const fact = getFact(path);
  return (
    <Link href={fact.source.url} className="dojo-fact-source">
      {translate(
        { id: 'fact.source', message: '출처: {title} ({asOf} 확인)' },
        { title: fact.source.title, asOf: formatDate(fact.asOf, locale) },
      )}
    </Link>
  );
}
