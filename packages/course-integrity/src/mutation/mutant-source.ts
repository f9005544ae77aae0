import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { repoRoot } from '@lambda-dojo/course';
import type { MutantResult } from '@stryker-mutator/api/core';

/** A mutant's file relative to the repository, e.g. `solutions/lab-1-hello-lambda/src/handler.ts`. */
export const mutantFile = (mutant: MutantResult): string =>
  relative(repoRoot, resolve(repoRoot, mutant.fileName)).split('\\').join('/');

/** Offsets in `text` of a mutant's location (lines 1-based, columns 1-based in the report). */
function offsets(text: string, mutant: MutantResult): [number, number] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const at = ({ line, column }: { line: number; column: number }) =>
    (starts[line - 1] ?? text.length) + column - 1;
  return [at(mutant.location.start), at(mutant.location.end)];
}

/** The source text the mutant replaces. */
export function originalText(mutant: MutantResult): string {
  const text = readFileSync(join(repoRoot, mutantFile(mutant)), 'utf8');
  const [start, end] = offsets(text, mutant);
  return text.slice(start, end);
}

/** The whole file with the mutant applied, as a learner's edited file would look. */
export function mutatedSource(mutant: MutantResult): string {
  const text = readFileSync(join(repoRoot, mutantFile(mutant)), 'utf8');
  const [start, end] = offsets(text, mutant);
  return text.slice(0, start) + mutant.replacement + text.slice(end);
}
