export {
  type CheckSnapshot,
  changedSince,
  checksDigest,
  committedCourseFiles,
  type StrictRefusal,
  snapshotChecks,
} from './committed-checks.ts';
export {
  COURSE_FILES_PATH,
  type CourseFiles,
  collectCourseFiles,
  courseFilesPath,
  type LabFiles,
  protectedFiles,
  readCourseFiles,
  regenerateCommand,
  writeCourseFiles,
} from './course-files.ts';
export { CourseError, ManifestError } from './errors.ts';
export { gitBlobId, sha256 } from './hashes.ts';
export { currentLabId, type LabRename, labRenames } from './lab-renames.ts';
export { type Course, findLab, type Lab, listLabs, loadCourse } from './labs.ts';
export {
  boardEntry,
  identityFile,
  LEARNER_ID_PATTERN,
  type LearnerIdentity,
  learnerIdentity,
  saveBoardKey,
} from './learner-identity.ts';
export { type LabManifest, labManifestSchema, readManifest } from './manifest.ts';
export { manifestJsonSchema } from './manifest-json-schema.ts';
export { type CoursePaths, coursePaths, repoRoot } from './paths.ts';
export { type Proof, type ProofFields, proofMatches, signProof } from './proof.ts';
