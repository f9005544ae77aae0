import { snapshotChecks } from '../integrity/committed-checks.ts';
import type { Lab } from '../labs.ts';
import { messagesFor } from '../messages.ts';
import type { CliOptions } from '../options.ts';
import type { ResultsFile } from '../results-json.ts';

const SUBMIT_TIMEOUT_MS = 10_000;

/**
 * Why `--strict` refuses this lab (its checks differ from the hashes in the
 * `course-files.json` committed in git), or undefined when they match.
 */
export function strictProblem(
  lab: Lab,
  courseDir: string,
  options: CliOptions,
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

/** Sends a graded result to the class board and says what happened; never throws. */
export async function submitResults(
  results: ResultsFile,
  options: CliOptions,
  fetchImpl: typeof fetch = fetch,
): Promise<SubmitOutcome> {
  const m = messagesFor(options.lang);
  const base = options.submit ?? '';
  const url = submissionsUrl(base);
  if (!url) return { ok: false, message: m.submitBadUrl(base) };
  const body = JSON.stringify({
    name: options.name,
    code: options.code,
    strict: options.strict,
    results: withoutDetails(results),
  });
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': options.lang },
      body,
      signal: AbortSignal.timeout(SUBMIT_TIMEOUT_MS),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    const reason = cause ?? (error as Error).name ?? String(error);
    return { ok: false, message: m.submitUnreachable(url.origin, reason) };
  }
  const text = await response.text().catch(() => '');
  let reply: { message?: unknown; name?: unknown } = {};
  try {
    reply = JSON.parse(text) as typeof reply;
  } catch {
    // Not the class board, or a proxy's error page: report the status alone.
  }
  if (response.ok) {
    const name = typeof reply.name === 'string' ? reply.name : (options.name ?? '');
    return { ok: true, message: m.submitted(name) };
  }
  const reason = typeof reply.message === 'string' ? reply.message : response.statusText;
  return { ok: false, message: m.submitRejected(response.status, reason) };
}
