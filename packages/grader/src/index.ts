// Until every branch of session 3 is merged, checks written elsewhere still import the
// check-writing kit and the course model from '@lambda-dojo/grader'. New code imports
// '@lambda-dojo/check-kit' and '@lambda-dojo/course'; remove these re-exports after the merge.
export {
  type Bilingual,
  because,
  CHECK_TIMEOUT_MS,
  type CheckMeta,
  type CheckOptions,
  check,
  type FakeContextOptions,
  fakeContext,
  type Lang,
  type TieredHints,
  task,
} from '@lambda-dojo/check-kit';
export {
  type CheckSnapshot,
  type Course,
  findLab,
  type Lab,
  type LabManifest,
  LEARNER_ID_PATTERN,
  labManifestSchema,
  listLabs,
  loadCourse,
  type Proof,
  type ProofFields,
  proofMatches,
  readManifest,
  repoRoot,
  signProof,
  snapshotChecks,
} from '@lambda-dojo/course';
export { type ResultsFile, type ResultsTest, toResultsFile } from './results-json.ts';
