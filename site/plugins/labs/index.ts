import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { type Lab, type LabInfo, toClientLab, toLabInfo } from './lab-info.ts';
import { type Locale, labPageSource, labsCategorySource, labsIndexSource } from './stubs.ts';
import { topicsByLab } from './topics.ts';

export const PLUGIN_NAME = 'lambda-dojo-labs';

/** Where the generated lab pages go, per locale (git-ignored). */
export function labsPageDirs(siteDir: string): Record<Locale, string> {
  return {
    ko: join(siteDir, 'docs/labs'),
    en: join(siteDir, 'i18n/en/docusaurus-plugin-content-docs/current/labs'),
  };
}

function writeIfChanged(file: string, text: string): void {
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return;
  writeFileSync(file, text);
}

/** Writes one small MDX page per ready lab (it imports the lab's README), plus the labs index. */
export function writeLabPages(siteDir: string, labs: LabInfo[]): void {
  for (const [locale, dir] of Object.entries(labsPageDirs(siteDir)) as [Locale, string][]) {
    mkdirSync(dir, { recursive: true });
    const wanted = new Map<string, string>([['index.mdx', labsIndexSource(locale)]]);
    // Docusaurus reads category files from the Korean source only; English labels are in current.json.
    if (locale === 'ko') wanted.set('_category_.json', labsCategorySource(locale));
    for (const lab of labs.filter((l) => l.ready)) {
      wanted.set(`${lab.id}.mdx`, labPageSource(lab, locale, dir));
    }
    for (const file of readdirSync(dir)) {
      if (!wanted.has(file)) rmSync(join(dir, file), { recursive: true });
    }
    for (const [file, text] of wanted) writeIfChanged(join(dir, file), text);
  }
}

/** Every lab, validated by the course model (run with tsx in a child process; see list-labs.mts). */
export function readLabs(siteDir: string): LabInfo[] {
  const script = join(siteDir, 'plugins/labs/list-labs.mts');
  const run = spawnSync(process.execPath, ['--import', 'tsx', script, join(siteDir, '../labs')], {
    cwd: siteDir,
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    throw new Error(
      `[${PLUGIN_NAME}] could not read the labs:\n${run.stderr || run.error?.message}`,
    );
  }
  const topics = topicsByLab(siteDir);
  return (JSON.parse(run.stdout) as Lab[]).map((lab) =>
    toLabInfo(lab, topics.get(lab.manifest.id)),
  );
}

type CacheConfig = { type?: string; version?: string };

/** The bundler config change that evicts the persistent cache when `readme.ts` changes. */
export function withReadmeHash(
  config: { cache?: unknown; experiments?: object },
  hash: string,
): Record<string, unknown> {
  const tag = `-labs-readme-${hash}`;
  const cache = config.cache as CacheConfig | undefined;
  if (cache && typeof cache === 'object' && cache.type === 'filesystem') {
    return { cache: { ...cache, version: `${cache.version ?? ''}${tag}` } };
  }
  const rspack = (config.experiments as { cache?: unknown } | undefined)?.cache as
    | CacheConfig
    | undefined;
  if (rspack && typeof rspack === 'object' && rspack.type === 'persistent') {
    return { experiments: { cache: { ...rspack, version: `${rspack.version ?? ''}${tag}` } } };
  }
  return {};
}

/**
 * Lab pages from each lab's own `lab.json` and README files (one source, no copies).
 * The pages are written before the docs plugin loads, so they join the docs sidebar and search.
 */
export default async function labsPlugin(context: LoadContext): Promise<Plugin<LabInfo[]>> {
  const labsRoot = join(context.siteDir, '../labs');
  const load = () => readLabs(context.siteDir);
  const labs = load();
  writeLabPages(context.siteDir, labs);
  for (const lab of labs.filter((l) => !l.ready)) {
    console.warn(
      `[${PLUGIN_NAME}] ${lab.id} has no page yet: missing ${lab.instructions.ko} or ${lab.instructions.en}`,
    );
  }

  return {
    name: PLUGIN_NAME,
    async loadContent() {
      return load();
    },
    async contentLoaded({ content, actions }) {
      actions.setGlobalData({ labs: content.map(toClientLab) });
    },
    configureWebpack(config) {
      // Lab READMEs are compiled through markdown.preprocessor (readme.ts), which the bundler's
      // persistent cache does not track: fold a hash of that code into the cache version
      // (webpack: `cache.version`; Rspack: `experiments.cache.version`).
      const code = readFileSync(join(context.siteDir, 'plugins/labs/readme.ts'));
      const hash = createHash('sha256').update(code).digest('hex').slice(0, 12);
      return withReadmeHash(config, hash);
    },
    getPathsToWatch() {
      return [join(labsRoot, '*/lab.json'), join(labsRoot, '*/README*.md')];
    },
  };
}
