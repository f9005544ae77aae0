import { translate } from '@docusaurus/Translate';
import { type ComponentProps, type ReactNode, useEffect, useRef, useState } from 'react';

/**
 * A box that scrolls sideways when its content (a wide table) is wider than the screen.
 * While it overflows it is a labelled, focusable region, so keyboard users can scroll it too.
 */
export function ScrollBox({ children, label }: { children: ReactNode; label?: string }): ReactNode {
  const box = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => setOverflows(element.scrollWidth > element.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const name =
    label ?? translate({ id: 'scrollBox.label', message: '표 (옆으로 스크롤할 수 있어요)' });
  return (
    // biome-ignore lint/a11y/useAriaPropsSupportedByRole: the label goes with role="region", set only while the box scrolls
    <div
      ref={box}
      className="dojo-scroll"
      tabIndex={overflows ? 0 : undefined}
      role={overflows ? 'region' : undefined}
      aria-label={overflows ? name : undefined}
    >
      {children}
    </div>
  );
}

/** Markdown tables, each in a ScrollBox. */
export function ScrollTable(props: ComponentProps<'table'>): ReactNode {
  return (
    <ScrollBox>
      <table {...props} />
    </ScrollBox>
  );
}
