import type { EditorView } from '@codemirror/view';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import styles from './styles.module.css';

/**
 * CodeMirror, loaded with `import()` after the page mounts: the editor's code is its own chunk,
 * downloaded only by pages with a playground. Until it arrives (and in the server-rendered HTML)
 * the code shows as plain text.
 */
export function CodeEditor({
  initialCode,
  labelledBy,
  describedBy,
  onChange,
}: {
  initialCode: string;
  labelledBy: string;
  describedBy: string;
  onChange: (code: string) => void;
}): ReactNode {
  const parent = useRef<HTMLDivElement>(null);
  const changed = useRef(onChange);
  changed.current = onChange;
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let view: EditorView | undefined;
    let cancelled = false;
    void import('./code-editor.ts').then(({ createCodeEditor }) => {
      if (cancelled || !parent.current) return;
      view = createCodeEditor({
        parent: parent.current,
        doc: initialCode,
        labelledBy,
        describedBy,
        onChange: (code) => changed.current(code),
      });
      setReady(true);
    });
    return () => {
      cancelled = true;
      view?.destroy();
    };
  }, [initialCode, labelledBy, describedBy]);

  return (
    <div className={styles.editor} data-editor={ready ? 'ready' : 'loading'}>
      <div ref={parent} />
      {!ready && <pre className={styles.loading}>{initialCode}</pre>}
    </div>
  );
}
