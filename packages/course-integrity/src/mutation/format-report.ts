import type { LabMutationReport } from './run-lab.ts';

/** The report of one lab as text: the figures, then every survivor and whether it is reviewed. */
export function formatReport(report: LabMutationReport, minimum: number): string {
  const partial = report.only ? `, partial: only ${report.only.join(', ')}` : '';
  const lines = [
    `${report.lab}: ${report.mutants} mutants, ${report.killed} killed, ${report.survived} survived, score ${report.score}% (minimum ${minimum}%${partial})`,
  ];
  for (const outcome of report.outcomes.filter((o) => !o.killed)) {
    const mark = report.unreviewed.includes(outcome) ? '  ✗ unreviewed' : '  ✓ reviewed  ';
    lines.push(
      `${mark} ${outcome.file}:${outcome.line} ${outcome.mutator}: ${JSON.stringify(outcome.original)} → ${JSON.stringify(outcome.replacement)}`,
    );
  }
  return lines.join('\n');
}
