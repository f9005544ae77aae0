// Mutation testing of the course: `npm run mutation [lab-N] [--concurrency N] [--mutate FILE]`. For each lab,
// StrykerJS mutates the reference solution's edit files and the lab's checks must kill each
// mutant. Fails when a lab scores under 90% or a survivor is not in mutation/reviewed-survivors.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { findLab, listLabs } from '@lambda-dojo/course';
import { MutationError } from '../errors.ts';
import { formatReport } from '../mutation/format-report.ts';
import { type LabMutationReport, mutateLab, reportName } from '../mutation/run-lab.ts';
import { readReviewedSurvivors } from '../mutation/survivors.ts';

export const MINIMUM_SCORE = 90;

const { values, positionals } = parseArgs({
  options: {
    concurrency: { type: 'string', default: '1' },
    // Only these edit files of the one lab named (a partial measurement, for a slow lab).
    mutate: { type: 'string', multiple: true, default: [] },
  },
  allowPositionals: true,
});
const concurrency = Number(values.concurrency);
if (!Number.isInteger(concurrency) || concurrency < 1) {
  throw new MutationError(
    `Expected a whole number from 1 for --concurrency but received ${values.concurrency}`,
  );
}
const all = listLabs();
const labs =
  positionals.length === 0
    ? all
    : positionals.map((query) => {
        const lab = findLab(all, query);
        if (!lab) throw new MutationError(`Expected a lab such as lab-1 but received ${query}`);
        return lab;
      });

const only = values.mutate ?? [];
if (only.length > 0 && labs.length !== 1) {
  throw new MutationError(
    `Expected one lab with --mutate but received ${labs.length === all.length && positionals.length === 0 ? 'every lab' : positionals.join(', ')}`,
  );
}

const reviewed = readReviewedSurvivors();
const reportsDir = new URL('../../.mutation/reports/', import.meta.url).pathname;
mkdirSync(reportsDir, { recursive: true });
const reports: LabMutationReport[] = [];
for (const lab of labs) {
  const report = await mutateLab(lab, reviewed[lab.manifest.id] ?? [], concurrency, only);
  reports.push(report);
  writeFileSync(
    join(reportsDir, `${reportName(lab.manifest.id, only)}.json`),
    `${JSON.stringify(report, null, 2)}\n`,
  );
  process.stdout.write(`${formatReport(report, MINIMUM_SCORE)}\n`);
}
const failed = reports.filter((r) => r.score < MINIMUM_SCORE || r.unreviewed.length > 0);
process.stdout.write(
  failed.length === 0
    ? `Every lab scores at least ${MINIMUM_SCORE}% with every survivor reviewed. Reports: ${reportsDir}\n`
    : `Not done: ${failed.map((r) => r.lab).join(', ')}. Reports: ${reportsDir}\n`,
);
process.exitCode = failed.length === 0 ? 0 : 1;
