import { sep } from 'node:path';

/** True for a lab's README (labs/lab-N-slug/README.md or README.ko.md), which the lab pages import. */
export function isLabReadme(filePath: string): boolean {
  const parts = filePath.split(sep);
  const file = parts.at(-1) ?? '';
  const folder = parts.at(-2) ?? '';
  const labs = parts.at(-3) ?? '';
  return labs === 'labs' && /^lab-\d+-/.test(folder) && /^README(\.[a-z]{2})?\.md$/.test(file);
}

/**
 * Drops the README's leading `# Title` line: the lab page already shows the title from lab.json.
 * Everything else stays as the lab author wrote it.
 */
export function stripLeadingTitle(markdown: string): string {
  return markdown.replace(/^\uFEFF?(\s*\n)*# [^\n]*\n+/, '');
}

/** For `markdown.preprocessor` in docusaurus.config.ts. */
export function preprocessLabReadme({
  filePath,
  fileContent,
}: {
  filePath: string;
  fileContent: string;
}): string {
  return isLabReadme(filePath) ? stripLeadingTitle(fileContent) : fileContent;
}
