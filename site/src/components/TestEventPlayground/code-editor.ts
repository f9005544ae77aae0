import { closeBrackets } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { javascript } from '@codemirror/lang-javascript';
import { bracketMatching, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { drawSelection, EditorView, keymap, lineNumbers } from '@codemirror/view';
import { classHighlighter } from '@lezer/highlight';

/**
 * The playground's code editor: CodeMirror 6 with TypeScript highlighting. This module is loaded
 * with `import()` when a playground mounts, so pages without one never download CodeMirror.
 *
 * Tab is left to the browser (CodeMirror binds it only with `indentWithTab`), so keyboard users
 * move in and out of the editor as through any text field. Token colours come from CSS classes
 * (`tok-*`, styled in styles.module.css for light and dark), not from a built-in theme.
 */
export function createCodeEditor(options: {
  parent: HTMLElement;
  doc: string;
  labelledBy: string;
  describedBy: string;
  onChange: (code: string) => void;
}): EditorView {
  return new EditorView({
    parent: options.parent,
    state: EditorState.create({
      doc: options.doc,
      extensions: [
        lineNumbers(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        closeBrackets(),
        keymap.of([...defaultKeymap, ...historyKeymap]),
        javascript({ typescript: true }),
        syntaxHighlighting(classHighlighter),
        EditorState.tabSize.of(2),
        EditorView.contentAttributes.of({
          id: 'playground-code',
          // Explicitly in the tab order, so checkers see the scrolling editor has focusable content.
          tabindex: '0',
          'aria-labelledby': options.labelledBy,
          'aria-describedby': options.describedBy,
          autocapitalize: 'off',
          autocorrect: 'off',
          spellcheck: 'false',
        }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) options.onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
}
