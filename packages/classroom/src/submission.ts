import { currentLabId, LEARNER_ID_PATTERN } from '@lambda-dojo/course';
import { z } from 'zod';
import type { BoardLab } from './course-labs.ts';
import { SubmissionError } from './errors.ts';
import type { Lang } from './messages.ts';
import { boardMessages } from './messages.ts';
import { NAME_MAX, nameProblem, normaliseName } from './names.ts';
import type { Verification } from './verification.ts';

const status = z.enum(['pass', 'fail', 'error']);

/** The part of the grader's `--json` results (Exercism v3 + course fields) the board keeps. */
const resultsSchema = z.object({
  version: z.literal(3),
  status,
  lab: z.string().regex(/^lab-[1-9][0-9]{0,2}$/),
  /** Graders since the renumbering send the slug; without it `lab` is an id from before. */
  slug: z
    .string()
    .regex(/^[a-z0-9-]{1,60}$/)
    .optional(),
  target: z.string().max(20),
  solution: z.boolean(),
  score: z.number().int().min(0),
  max_score: z.number().int().positive(),
  grader_version: z.string().max(40),
  timestamp: z.string().max(40),
  tests: z
    .array(
      z.object({
        check_id: z.string().max(100),
        status,
        points: z.number().int().min(0),
      }),
    )
    .max(200),
});

/** The id the grader keeps per checkout (`.lambda-dojo/learner.json`): one row per id. */
export const learnerSchema = z.string().regex(LEARNER_ID_PATTERN);

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

const submissionSchema = z.object({
  name: z.string().max(NAME_MAX * 4),
  code: z.string().max(20),
  learner: learnerSchema,
  strict: z.boolean().default(false),
  results: resultsSchema,
  /** HMAC of the result with the key this board issued at join (grader: submission/proof.ts). */
  proof: z.object({ checks: z.union([hex64, z.literal('')]), mac: hex64 }).optional(),
});

const joinSchema = z.object({
  name: z.string().max(NAME_MAX * 4),
  code: z.string().max(20),
  learner: learnerSchema,
});

export type JoinBody = z.infer<typeof joinSchema>;

export type SubmissionBody = z.infer<typeof submissionSchema>;

/** A submission the board accepted. */
export interface Submission {
  learner: string;
  name: string;
  lab: string;
  status: 'pass' | 'fail' | 'error';
  score: number;
  maxScore: number;
  strict: boolean;
  graderVersion: string;
  passedChecks: number;
  totalChecks: number;
  verification: Verification;
}

function parse<T>(schema: z.ZodType<T>, body: unknown, lang: Lang): T {
  const m = boardMessages(lang);
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const where = parsed.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`)
      .join('; ');
    throw new SubmissionError(400, 'invalid-body', m.invalidBody(where));
  }
  return parsed.data;
}

/** Parses and checks a request body against the schema. */
export function parseSubmission(body: unknown, lang: Lang): SubmissionBody {
  return parse(submissionSchema, body, lang);
}

export function parseJoin(body: unknown, lang: Lang): JoinBody {
  return parse(joinSchema, body, lang);
}

/** The display name, normalised, or the reason it is refused. */
export function checkedName(raw: string, lang: Lang): string {
  const name = normaliseName(raw);
  const problem = nameProblem(name);
  if (problem)
    throw new SubmissionError(400, `name-${problem}`, boardMessages(lang).badName(problem));
  return name;
}

/** The id of the lab the results are for today: a grader from before the renumbering sends the old id. */
export function submittedLab(body: SubmissionBody): string {
  return currentLabId(body.results.lab, body.results.slug);
}

/** Checks the name and the results once the join code is known to be right. */
export function toSubmission(
  body: SubmissionBody,
  labs: BoardLab[],
  lang: Lang,
  verification: Verification,
): Submission {
  const m = boardMessages(lang);
  const name = checkedName(body.name, lang);
  const { results } = body;
  if (results.solution) throw new SubmissionError(400, 'solution', m.solutionRefused);
  const lab = labs.find((l) => l.id === submittedLab(body));
  if (!lab) throw new SubmissionError(400, 'unknown-lab', m.unknownLab(results.lab));
  if (results.max_score !== lab.points || results.score > results.max_score) {
    throw new SubmissionError(400, 'bad-score', m.badScore(lab.id, lab.points));
  }
  return {
    learner: body.learner,
    name,
    lab: lab.id,
    status: results.status,
    score: results.score,
    maxScore: results.max_score,
    strict: body.strict,
    graderVersion: results.grader_version,
    passedChecks: results.tests.filter((t) => t.status === 'pass').length,
    totalChecks: results.tests.length,
    verification,
  };
}
