export const NAME_MAX = 40;

/**
 * A learner's display name: NFC, trimmed, inner whitespace collapsed to one
 * space. Letters, marks, digits, punctuation, symbols and spaces only: no
 * control characters, no invisible or bidirectional formatting characters.
 */
export function normaliseName(raw: string): string {
  return raw.normalize('NFC').trim().replace(/\s+/gu, ' ');
}

const allowed = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]+$/u;

/** Why a normalised name is refused, or undefined when it is fine. */
export function nameProblem(name: string): 'empty' | 'long' | 'charset' | undefined {
  if (name.length === 0) return 'empty';
  if ([...name].length > NAME_MAX) return 'long';
  if (!allowed.test(name)) return 'charset';
  return undefined;
}

/** Two spellings that differ only in case are the same learner. */
export function learnerKey(name: string): string {
  return name.toLocaleLowerCase('en-US');
}
