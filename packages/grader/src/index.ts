export { because, CHECK_TIMEOUT_MS, check, task } from './check.ts';
export type { Bilingual, CheckMeta, CheckOptions, Lang, TieredHints } from './check-types.ts';
export { type FakeContextOptions, fakeContext } from './fake-context.ts';
export { type Course, findLab, type Lab, listLabs, loadCourse } from './labs.ts';
export { type LabManifest, labManifestSchema, readManifest } from './manifest.ts';
export { repoRoot } from './paths.ts';
export { type ResultsFile, type ResultsTest, toResultsFile } from './results-json.ts';
