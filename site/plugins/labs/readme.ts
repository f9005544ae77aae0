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

const relativeLink = /\[([^\]]+)\]\((?![a-z][a-z0-9+.-]*:|#|\/)([^)\s]+)\)/gi;

/**
 * Relative links in a README point at files next to it (`src/handler.ts`, `README.md`), which are
 * not pages of the site; on the lab page they become the link text with the path in code.
 */
export function unlinkRelativePaths(markdown: string): string {
  let fence: string | null = null;
  return markdown
    .split('\n')
    .map((line) => {
      const m = /^\s*(```|~~~)/.exec(line);
      if (m) {
        if (fence === null) fence = m[1] ?? null;
        else if (m[1] === fence) fence = null;
        return line;
      }
      if (fence !== null) return line;
      return line.replace(
        relativeLink,
        (_all, text: string, url: string) => `${text} (\`${url}\`)`,
      );
    })
    .join('\n');
}

/** For `markdown.preprocessor` in docusaurus.config.ts. */
export function preprocessLabReadme({
  filePath,
  fileContent,
}: {
  filePath: string;
  fileContent: string;
}): string {
  return isLabReadme(filePath) ? unlinkRelativePaths(stripLeadingTitle(fileContent)) : fileContent;
}
