export { type Board, buildBoard } from './board.ts';
export { type BoardLab, courseLabs } from './course-labs.ts';
export { csvCell, toCsv } from './csv.ts';
export { ClassroomError, ClassroomUsageError, SubmissionError } from './errors.ts';
export { escapeHtml } from './html.ts';
export { newInstructorKey, newJoinCode } from './join-code.ts';
export { type BoardServerOptions, buildServer, defaultLimits, type Limits } from './server.ts';
export { BoardStore, type Cell } from './store.ts';
