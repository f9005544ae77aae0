import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/** Letters and digits that cannot be mistaken for one another when read aloud or on a projector. */
const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A six-character join code such as `K7QM2P`. */
export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < 6; i++) code += alphabet[randomInt(alphabet.length)];
  return code;
}

/** The secret in the instructor's link; learners never see it. */
export function newInstructorKey(): string {
  return randomBytes(18).toString('base64url');
}

/** Compares a secret in constant time; case and surrounding spaces of a join code do not matter. */
export function sameSecret(given: string, expected: string, ignoreCase = false): boolean {
  const a = Buffer.from(ignoreCase ? given.trim().toUpperCase() : given);
  const b = Buffer.from(ignoreCase ? expected.toUpperCase() : expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
