// Builds the function's deployment package with npm alone (no Docker, no SAM CLI): src/handler.ts
// and what it imports bundled into index.mjs with sharp left out, and sharp installed in a staging
// folder with `npm install --os=linux --cpu=<arch> --libc=glibc`, sharp's documented way of getting
// its prebuilt binaries for another platform. Limits from lambda-facts are enforced.
//
//   npm run package -w @lambda-dojo/lab-9-image-processing                  the template's
//       architecture (also copied to build/function.zip, the template's CodeUri), and this
//       machine's too when it differs (lambda-local runs that one)
//   npm run package -w @lambda-dojo/lab-9-image-processing -- --arch arm64   one architecture
//   ... -- --solution                                                         the reference solution
//
// The zips land in build/ (git-ignored); the grader's --target local and aws build the same ones.

import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { labManifestSchema } from '@lambda-dojo/course';
import {
  type Architecture,
  hostArchitecture,
  packageLab,
  readTemplateFunction,
} from '@lambda-dojo/deploy';
import { detectLang } from '@lambda-dojo/lang';

const { values } = parseArgs({
  options: {
    arch: { type: 'string' },
    solution: { type: 'boolean', default: false },
    lang: { type: 'string' },
  },
});
const lang = values.lang === 'en' || values.lang === 'ko' ? values.lang : detectLang();
const labDir = new URL('../', import.meta.url);
const folder = values.solution
  ? new URL('../../../solutions/lab-9-image-processing/', import.meta.url).pathname
  : labDir.pathname;
const manifest = labManifestSchema.parse(
  JSON.parse(readFileSync(new URL('lab.json', labDir), 'utf8')),
);
const deploy = manifest.deploy;
if (!deploy) throw new Error('lab.json has no "deploy" section');

try {
  const declared = readTemplateFunction(join(folder, deploy.template), lang).architecture;
  let architectures: Architecture[];
  if (values.arch !== undefined) {
    if (values.arch !== 'arm64' && values.arch !== 'x86_64') {
      throw new Error(
        lang === 'ko'
          ? `--arch에는 arm64나 x86_64가 필요해요. 받은 값: '${values.arch}'`
          : `Expected arm64 or x86_64 for --arch but received '${values.arch}'.`,
      );
    }
    architectures = [values.arch];
  } else {
    architectures = [...new Set([declared, hostArchitecture()])];
  }
  for (const architecture of architectures) {
    const built = await packageLab(folder, deploy, architecture, lang, console.log);
    if (architecture !== declared) continue;
    // The template's CodeUri names this file: the package for the architecture it declares.
    const named = join(folder, 'build', 'function.zip');
    copyFileSync(built.file, named);
    console.log(
      lang === 'ko'
        ? `  → ${named} (템플릿의 ${declared}, CodeUri가 가리키는 파일)`
        : `  → ${named} (the template's ${declared}, the file its CodeUri names)`,
    );
  }
  console.log(
    lang === 'ko'
      ? '다음: npm run grade -- lab-9 --target local (또는 README의 "직접 배포하기")'
      : 'Next: npm run grade -- lab-9 --target local (or "Deploy it yourself" in the README)',
  );
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
