import { join } from 'node:path';
import type { LabManifest } from '@lambda-dojo/course';
import { limits } from '@lambda-dojo/lambda-facts';
import type { Lang } from '@lambda-dojo/lang';
import { type Architecture, buildNativePackage, type NativePackage } from './native-package.ts';
import { readTemplateFunction, type TemplateFunction } from './sam-function.ts';

export type LabDeploy = NonNullable<LabManifest['deploy']>;

/** The lab folder (or solution folder) a `src/` belongs to. */
export const labFolderOf = (srcDir: string) => join(srcDir, '..');

/**
 * The function of the learner's template, or, when the template cannot be read, Lambda's
 * defaults with a note: the template checks then say what is wrong, and the other checks still run.
 */
export function templateFunctionOrDefaults(
  folder: string,
  deploy: LabDeploy,
  lang: Lang,
  print: (text: string) => void,
): TemplateFunction {
  try {
    return readTemplateFunction(join(folder, deploy.template), lang);
  } catch (error) {
    print(
      lang === 'ko'
        ? `참고: ${deploy.template}에서 함수 설정을 읽지 못해 Lambda 기본값(128 MB, 3초)으로 배포해요. ${(error as Error).message}`
        : `Note: could not read the function from ${deploy.template}, so it is deployed with Lambda's defaults (128 MB, 3 s). ${(error as Error).message}`,
    );
    return { logicalId: 'Function', handler: 'index.handler', architecture: 'x86_64' };
  }
}

/** Builds (or reuses) the lab's package for one architecture and prints its size. */
export async function packageLab(
  folder: string,
  deploy: LabDeploy,
  architecture: Architecture,
  lang: Lang,
  print: (text: string) => void,
): Promise<NativePackage> {
  print(
    lang === 'ko'
      ? `배포 패키지를 만들어요 (${architecture}, npm으로 ${deploy.nativeModules.join(', ')} 설치)...`
      : `Building the deployment package (${architecture}, npm installs ${deploy.nativeModules.join(', ')})...`,
  );
  const built = await buildNativePackage({
    entryFile: join(folder, deploy.entry),
    nativeModules: deploy.nativeModules,
    architecture,
    cacheDir: join(folder, 'build'),
    lang,
  });
  print(packageSummary(built, lang));
  return built;
}

/** One line: where the zip is, its sizes against Lambda's limits, the native packages in it. */
export function packageSummary(built: NativePackage, lang: Lang): string {
  const mb = (n: number) => (n / 1024 ** 2).toFixed(1);
  const zipped = limits.deployment.zippedDirectUpload.value;
  const unzipped = limits.deployment.unzippedWithLayers.value;
  const natives = built.modules.filter((m) => m.includes('linux')).join(', ');
  return lang === 'ko'
    ? `  ${built.file}: 압축 ${mb(built.zippedBytes)} MB (한도 ${zipped} MB), 압축 해제 ${mb(built.unzippedBytes)} MB (한도 ${unzipped} MB), ${natives}${built.built ? '' : ' (이전에 만든 것을 다시 써요)'}`
    : `  ${built.file}: ${mb(built.zippedBytes)} MB zipped (limit ${zipped} MB), ${mb(built.unzippedBytes)} MB unzipped (limit ${unzipped} MB), ${natives}${built.built ? '' : ' (reused)'}`;
}
