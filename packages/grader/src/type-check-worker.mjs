// Type-checks the learner's edited files in a worker thread, so it runs beside the checks.
// Plain JavaScript: worker threads do not get the tsx loader the grader's main thread has.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import ts from 'typescript';

const { configDir, files, lang, buildInfoFile } = workerData;
if (lang === 'ko') {
  try {
    ts.validateLocaleAndSetLanguage('ko', ts.sys);
  } catch {
    // No Korean messages in this TypeScript: English it is.
  }
}
const config = ts.readConfigFile(join(configDir, 'tsconfig.json'), ts.sys.readFile);
const parsed = ts.parseJsonConfigFileContent(config.config ?? {}, ts.sys, configDir);
const options = {
  ...parsed.options,
  noEmit: true,
  incremental: true,
  tsBuildInfoFile: buildInfoFile,
};
mkdirSync(dirname(buildInfoFile), { recursive: true });
const builder = ts.createIncrementalProgram({ rootNames: files, options });
const diagnostics = [
  ...builder.getSyntacticDiagnostics(),
  ...builder.getSemanticDiagnostics(),
].filter((d) => d.file && files.includes(d.file.fileName));
builder.emit(); // With noEmit this writes only the build info, for a faster next run.
parentPort?.postMessage(
  diagnostics.map((d) => {
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start ?? 0);
    return {
      file: d.file.fileName,
      line: line + 1,
      column: character + 1,
      code: d.code,
      message: ts.flattenDiagnosticMessageText(d.messageText, ' '),
    };
  }),
);
