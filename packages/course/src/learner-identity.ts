import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * This checkout's learner: a random id made the first time it submits, and
 * the key each class board issued it on joining. Kept in the state folder
 * (`.lambda-dojo/learner.json`, git-ignored). The display name is only a
 * label: two learners with the same name have different ids.
 */
export interface LearnerIdentity {
  id: string;
  /** `<board origin> <join code>` → the key that board issued. */
  boards: Record<string, string>;
}

export const LEARNER_ID_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;

export function identityFile(stateDir: string): string {
  return join(stateDir, 'learner.json');
}

export function boardEntry(origin: string, code: string): string {
  return `${origin} ${code.trim().toUpperCase()}`;
}

function write(file: string, identity: LearnerIdentity): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(identity, null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, file);
}

/** The learner of this checkout, made (and saved) on first use; a damaged file is replaced. */
export function learnerIdentity(stateDir: string): LearnerIdentity {
  const file = identityFile(stateDir);
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<LearnerIdentity>;
    if (typeof data.id === 'string' && LEARNER_ID_PATTERN.test(data.id)) {
      const boards = data.boards && typeof data.boards === 'object' ? data.boards : {};
      return { id: data.id, boards };
    }
  } catch {
    // No identity yet.
  }
  const identity = { id: randomBytes(16).toString('base64url'), boards: {} };
  write(file, identity);
  return identity;
}

export function saveBoardKey(stateDir: string, entry: string, key: string): void {
  const identity = learnerIdentity(stateDir);
  identity.boards[entry] = key;
  write(identityFile(stateDir), identity);
}
