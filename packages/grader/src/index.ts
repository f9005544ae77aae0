// The grader's own types for other packages: the results file it writes (Exercism results v3).
// The check-writing kit is '@lambda-dojo/check-kit', the course model '@lambda-dojo/course'.
export { type ResultsFile, type ResultsTest, toResultsFile } from './results-json.ts';
