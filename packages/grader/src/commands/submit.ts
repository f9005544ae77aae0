import type { Lab } from '@lambda-dojo/course';
import {
  boardEntry,
  learnerIdentity,
  type Proof,
  saveBoardKey,
  signProof,
  snapshotChecks,
} from '@lambda-dojo/course';
import { messagesFor } from '../messages.ts';
import type { ResultsFile } from '../results-json.ts';
import type { GradeOptions } from './grade.ts';

const SUBMIT_TIMEOUT_MS = 10_000;

/**
 * Why `--strict` refuses this lab (its checks differ from the hashes in the
 * `course-files.json` committed in git), or undefined when they match.
 */
export function strictProblem(
  lab: Lab,
  courseDir: string,
  options: GradeOptions,
): string | undefined {
  const m = messagesFor(options.lang);
  const verified = snapshotChecks(lab, courseDir);
  if ('snapshot' in verified) return undefined;
  const { refusal } = verified;
  if (refusal.reason === 'no-git') return m.strictNoGit;
  if (refusal.reason === 'unknown-lab') return m.strictUnknown(lab.manifest.id);
  return m.strictFailed(lab.manifest.id, refusal.files.map((f) => `  ${f}`).join('\n'));
}

/** `http://host:4848` (or with a trailing path) → the board's submissions endpoint. */
export function submissionsUrl(base: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  return new URL('/api/submissions', url.origin);
}

/**
 * The board keeps statuses and scores only: failure messages and what the
 * learner's code printed stay on the learner's machine (and keep the body small).
 */
export function withoutDetails(results: ResultsFile): ResultsFile {
  return {
    ...results,
    message: null,
    tests: results.tests.map((test) => ({ ...test, message: null, output: null })),
  };
}

export interface SubmitOutcome {
  ok: boolean;
  /** What to tell the learner. */
  message: string;
}

/** Where the learner's identity lives, and what `--strict` verified (see submission/). */
export interface SubmitContext {
  stateDir: string;
  /** `checksDigest` of the lab's checks as `--strict` verified them. */
  checksDigest?: string;
}

interface BoardReply {
  status: number;
  ok: boolean;
  statusText: string;
  body: { message?: unknown; name?: unknown; key?: unknown };
}

type Post = (url: URL, body: unknown) => Promise<BoardReply | { unreachable: string }>;

function poster(lang: string, fetchImpl: typeof fetch): Post {
  return async (url, body) => {
    let response: Response;
    try {
      response = await fetchImpl(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': lang },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(SUBMIT_TIMEOUT_MS),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      return { unreachable: cause ?? (error as Error).name ?? String(error) };
    }
    const text = await response.text().catch(() => '');
    let reply: BoardReply['body'] = {};
    try {
      reply = JSON.parse(text) as BoardReply['body'];
    } catch {
      // Not the class board, or a proxy's error page: report the status alone.
    }
    const { status, ok, statusText } = response;
    return { status, ok, statusText, body: reply && typeof reply === 'object' ? reply : {} };
  };
}

/**
 * Sends a graded result to the class board and says what happened; never
 * throws. The first submission of this checkout to a board joins it: the
 * board issues a key for this learner id, which signs every later result
 * (submission/proof.ts). A board without `/api/join` gets an unsigned result.
 */
export async function submitResults(
  results: ResultsFile,
  options: GradeOptions,
  fetchImpl: typeof fetch = fetch,
  context: SubmitContext,
): Promise<SubmitOutcome> {
  const m = messagesFor(options.lang);
  const base = options.submit ?? '';
  const url = submissionsUrl(base);
  if (!url) return { ok: false, message: m.submitBadUrl(base) };
  const post = poster(options.lang, fetchImpl);
  const identity = learnerIdentity(context.stateDir);
  const entry = boardEntry(url.origin, options.code ?? '');
  let key = identity.boards[entry];
  if (!key) {
    const joined = await post(new URL('/api/join', url.origin), {
      code: options.code,
      name: options.name,
      learner: identity.id,
    });
    if ('unreachable' in joined) {
      return { ok: false, message: m.submitUnreachable(url.origin, joined.unreachable) };
    }
    if (joined.ok && typeof joined.body.key === 'string') {
      key = joined.body.key;
      saveBoardKey(context.stateDir, entry, key);
    } else if (joined.status !== 404) {
      return refused(joined, m);
    }
  }
  const checks = options.strict ? (context.checksDigest ?? '') : '';
  const proof: Proof | undefined = key
    ? signProof(key, {
        learner: identity.id,
        lab: results.lab,
        status: results.status,
        score: results.score,
        maxScore: results.max_score,
        strict: options.strict,
        checks,
        timestamp: results.timestamp,
        tests: results.tests,
      })
    : undefined;
  const reply = await post(url, {
    name: options.name,
    code: options.code,
    learner: identity.id,
    strict: options.strict,
    results: withoutDetails(results),
    ...(proof ? { proof } : {}),
  });
  if ('unreachable' in reply) {
    return { ok: false, message: m.submitUnreachable(url.origin, reply.unreachable) };
  }
  if (!reply.ok) return refused(reply, m);
  const name = typeof reply.body.name === 'string' ? reply.body.name : (options.name ?? '');
  return { ok: true, message: m.submitted(name) };
}

function refused(reply: BoardReply, m: ReturnType<typeof messagesFor>): SubmitOutcome {
  const reason = typeof reply.body.message === 'string' ? reply.body.message : reply.statusText;
  return { ok: false, message: m.submitRejected(reply.status, reason) };
}
