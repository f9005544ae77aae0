import { randomBytes } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { buildBoard } from './board.ts';
import type { BoardLab } from './course-labs.ts';
import { toCsv } from './csv.ts';
import { SubmissionError } from './errors.ts';
import { sameSecret } from './join-code.ts';
import { type BoardMessages, boardMessages, isLang, type Lang } from './messages.ts';
import { boardCss, renderPage, unauthorizedPage } from './page.ts';
import { boardScript } from './page-script.ts';
import { RateLimiter } from './rate-limit.ts';
import type { BoardStore } from './store.ts';
import {
  checkedName,
  parseJoin,
  parseSubmission,
  submittedLab,
  toSubmission,
} from './submission.ts';
import { signatureHolds, verify } from './verification.ts';

export interface Limits {
  /** Largest request body in bytes. */
  bodyBytes: number;
  /** Submissions one learner (by name) may make per window. */
  perLearner: number;
  /** Submissions one network address may make per window (a whole room may share one). */
  perAddress: number;
  windowMs: number;
}

export const defaultLimits: Limits = {
  bodyBytes: 128 * 1024,
  perLearner: 10,
  perAddress: 300,
  windowMs: 60_000,
};

export interface BoardServerOptions {
  store: BoardStore;
  labs: BoardLab[];
  code: string;
  instructorKey: string;
  /** Language of the instructor page when the link does not say `lang=`. */
  lang: Lang;
  /** The address learners submit to, shown in their command on the page. */
  submitUrl: string;
  /**
   * Lab id → digest of the board's own copy of that lab's checks, verified
   * against git (grader `snapshotChecks`). A lab without one never verifies.
   */
  checks?: Record<string, string>;
  limits?: Partial<Limits>;
}

const securityHeaders = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

/** The learner's language: `?lang=`, else Accept-Language, else Korean. */
function requestLang(request: FastifyRequest): Lang {
  const query = (request.query as { lang?: unknown }).lang;
  if (isLang(query)) return query;
  const header = request.headers['accept-language'] ?? '';
  return header.trim().toLowerCase().startsWith('en') ? 'en' : 'ko';
}

function refuse(reply: FastifyReply, error: SubmissionError) {
  return reply.code(error.status).send({ ok: false, error: error.code, message: error.message });
}

/** The class board: learners POST results, the instructor watches the grid. */
export function buildServer(options: BoardServerOptions): FastifyInstance {
  const limits = { ...defaultLimits, ...options.limits };
  const { store, labs } = options;
  const byLearner = new RateLimiter(limits.perLearner, limits.windowMs);
  const byAddress = new RateLimiter(limits.perAddress, limits.windowMs);
  const app = Fastify({ bodyLimit: limits.bodyBytes, logger: false });
  // Submissions are JSON only: anything else is answered with 415.
  app.removeContentTypeParser('text/plain');

  app.addHook('onSend', async (_request, reply) => {
    reply.headers(securityHeaders);
  });

  app.setErrorHandler((error: { statusCode?: number; code?: string }, request, reply) => {
    const m = boardMessages(requestLang(request));
    if (error.statusCode === 413)
      return refuse(reply, new SubmissionError(413, 'too-large', m.tooLarge));
    if (error.statusCode === 415 || error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return refuse(reply, new SubmissionError(415, 'not-json', m.notJson));
    }
    if (error.statusCode === 400) {
      return refuse(reply, new SubmissionError(400, 'invalid-body', m.invalidBody('JSON')));
    }
    request.log.error(error);
    return refuse(reply, new SubmissionError(500, 'server-error', m.serverError));
  });

  app.setNotFoundHandler((request, reply) =>
    refuse(
      reply,
      new SubmissionError(404, 'not-found', boardMessages(requestLang(request)).notFound),
    ),
  );

  const limitAddress = (request: FastifyRequest, reply: FastifyReply, m: BoardMessages) => {
    const waitAddress = byAddress.take(request.ip);
    if (waitAddress) {
      reply.header('retry-after', String(waitAddress));
      throw new SubmissionError(429, 'rate-limited', m.tooManyFromAddress(waitAddress));
    }
  };

  // A grader joins once per checkout: the board issues the key that signs its results.
  app.post('/api/join', async (request, reply) => {
    const lang = requestLang(request);
    const m = boardMessages(lang);
    try {
      limitAddress(request, reply, m);
      const body = parseJoin(request.body, lang);
      if (!sameSecret(body.code, options.code, true)) {
        throw new SubmissionError(403, 'wrong-code', m.wrongCode);
      }
      const name = checkedName(body.name, lang);
      const key = randomBytes(32).toString('base64url');
      if (!store.join(body.learner, name, key)) {
        throw new SubmissionError(409, 'already-joined', m.alreadyJoined);
      }
      return reply.code(201).send({ ok: true, name, key, message: m.joined(name) });
    } catch (error) {
      if (error instanceof SubmissionError) return refuse(reply, error);
      throw error;
    }
  });

  app.post('/api/submissions', async (request, reply) => {
    const lang = requestLang(request);
    const m = boardMessages(lang);
    try {
      limitAddress(request, reply, m);
      const body = parseSubmission(request.body, lang);
      if (!sameSecret(body.code, options.code, true)) {
        throw new SubmissionError(403, 'wrong-code', m.wrongCode);
      }
      // A learner id that joined owns its row: only results signed with its key go there.
      const signed = signatureHolds(body, store.learnerKey(body.learner));
      if (signed === false) throw new SubmissionError(403, 'bad-proof', m.badProof);
      const verification = verify(body, signed === true, options.checks?.[submittedLab(body)]);
      const submission = toSubmission(body, labs, lang, verification);
      const waitLearner = byLearner.take(submission.learner);
      if (waitLearner) {
        reply.header('retry-after', String(waitLearner));
        throw new SubmissionError(429, 'rate-limited', m.tooManyFromLearner(waitLearner));
      }
      store.record(submission, request.ip);
      return reply.code(201).send({
        ok: true,
        name: submission.name,
        lab: submission.lab,
        message: m.accepted(submission.name, submission.lab),
      });
    } catch (error) {
      if (error instanceof SubmissionError) return refuse(reply, error);
      throw error;
    }
  });

  const instructor = (request: FastifyRequest) => {
    const key = (request.query as { key?: unknown }).key;
    return typeof key === 'string' && sameSecret(key, options.instructorKey);
  };
  const pageLang = (request: FastifyRequest): Lang => {
    const query = (request.query as { lang?: unknown }).lang;
    return isLang(query) ? query : options.lang;
  };
  const board = () => buildBoard(labs, store.cells(), store.version(), options.code);

  app.get('/', async (request, reply) => {
    const lang = pageLang(request);
    reply.type('text/html; charset=utf-8');
    if (!instructor(request)) return reply.code(401).send(unauthorizedPage(lang));
    return renderPage(board(), { lang, submitUrl: options.submitUrl });
  });

  app.get('/board.js', async (_request, reply) =>
    reply.type('text/javascript; charset=utf-8').send(boardScript),
  );
  app.get('/board.css', async (_request, reply) =>
    reply.type('text/css; charset=utf-8').send(boardCss),
  );

  app.get('/favicon.ico', async (_request, reply) => reply.code(204).send());

  app.get('/api/board', async (request, reply) => {
    if (!instructor(request)) return reply.code(401).send({ ok: false, error: 'unauthorized' });
    const since = Number((request.query as { since?: unknown }).since);
    if (Number.isInteger(since) && since === store.version()) return reply.code(204).send();
    return board();
  });

  app.get('/api/export.csv', async (request, reply) => {
    if (!instructor(request)) return reply.code(401).send({ ok: false, error: 'unauthorized' });
    const day = new Date().toISOString().slice(0, 10);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="lambda-dojo-class-${day}.csv"`)
      .send(toCsv(store.cells()));
  });

  return app;
}
