import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import CodeBlock from '@theme/CodeBlock';
import type { ReactNode } from 'react';
import { repository, setupCommands } from '../../lib/repository.ts';

/** How to get the repository and grade a first lab (from src/lib/repository.ts). */
export function RepoSetup({ lab = 'lab-1' }: { lab?: string }): ReactNode {
  return (
    <div data-widget="repo-setup">
      <p>
        <Translate
          id="repoSetup.intro"
          values={{ link: <Link href={repository.url}>{repository.url}</Link> }}
        >
          {'저장소: {link}. 터미널에서 차례로 실행하세요 (Node.js 20.19 이상과 git이 필요해요).'}
        </Translate>
      </p>
      <CodeBlock language="bash">{setupCommands(lab).join('\n')}</CodeBlock>
    </div>
  );
}
