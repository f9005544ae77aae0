import { createHmac, type KeyObject } from 'node:crypto';

/**
 * The sealed results channel: each worker reports every check it declares and
 * how each ended, over its own socket, each frame signed with a key the worker
 * made before any learner code loaded. A frame is one JSON line.
 */
export type SealFrame =
  | { t: 'hello'; file: string; key: string }
  | { t: 'declare'; seq: number; id: string; mac: string }
  | { t: 'result'; seq: number; id: string; status: 'pass' | 'fail'; mac: string }
  | { t: 'rerun'; seq: number; id: string; mac: string }
  /** The worker guard caught something; `id` says what. */
  | { t: 'breach'; seq: number; id: string; mac: string };

/** Where the worker finds the grader's socket (removed from its environment once read). */
export const SEAL_SOCKET_VARIABLE = 'LAMBDA_DOJO_SEAL_SOCKET';

/** Matcher packages the checks may load; the guard loads them itself before locking `expect`. */
export const TRUSTED_MATCHERS = ['aws-sdk-client-mock-vitest/extend'];

/** Which of `TRUSTED_MATCHERS` this run's check files import (comma-separated). */
export const PRELOAD_VARIABLE = 'LAMBDA_DOJO_STRICT_PRELOAD';

/** The signed part of a frame: its order, kind, check and status. */
export function macInput(seq: number, t: string, id: string, status = ''): string {
  return `${seq}\n${t}\n${id}\n${status}`;
}

export function macOf(key: KeyObject, input: string, hmac = createHmac): string {
  return hmac('sha256', key).update(input).digest('hex');
}
