import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { TestError } from 'vitest';

/**
 * Where in the learner's own code an error happened, as a learner reads it:
 * the file and line (relative to the course), then that line with a caret.
 * Vitest has already mapped the stack through the source maps; this picks the
 * first frame in the learner's folder. Undefined when no frame is theirs.
 */
export function learnerLocation(
  error: Pick<TestError, 'stacks'>,
  srcDir: string,
  repoRoot: string,
): string | undefined {
  const frame = error.stacks?.find((f) => f.file.startsWith(`${srcDir}/`));
  if (!frame) return undefined;
  const place = `${relative(repoRoot, frame.file)}:${frame.line}:${frame.column}`;
  let code: string | undefined;
  try {
    code = readFileSync(frame.file, 'utf8').split('\n')[frame.line - 1];
  } catch {
    // The file changed or went away since; the place alone still helps.
  }
  if (code === undefined || !code.trim()) return place;
  const gutter = `${frame.line} | `;
  const caret = `${' '.repeat(gutter.length + Math.max(0, frame.column - 1))}^`;
  return [place, `${gutter}${code.trimEnd()}`, caret].join('\n');
}
