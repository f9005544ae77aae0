import { join } from 'node:path';
import type { LabManifest } from '@lambda-dojo/course';
import { limits } from '@lambda-dojo/lambda-facts';
import type { Lang } from '@lambda-dojo/lang';
import { messagesFor } from './messages.ts';
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
    print(messagesFor(lang).templateDefaults(deploy.template, (error as Error).message));
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
  print(messagesFor(lang).buildingPackage(architecture, deploy.nativeModules.join(', ')));
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
  return messagesFor(lang).packageBuilt({
    file: built.file,
    zippedMb: mb(built.zippedBytes),
    zippedLimitMb: zipped,
    unzippedMb: mb(built.unzippedBytes),
    unzippedLimitMb: unzipped,
    natives,
    reused: !built.built,
  });
}
