import type { Lang } from '@lambda-dojo/lang';
import type { LabDeploy } from './lab-package.ts';
import { deployLabLocal } from './local-package-target.ts';
import { type PreparedTarget, prepareTarget } from './prepare-target.ts';

export interface OpenLabTargetOptions {
  kind: 'local' | 'aws';
  lang: Lang;
  labId: string;
  srcDir: string;
  deploy: LabDeploy;
  print: (text: string) => void;
  region?: string;
  prefix?: string;
  endpoint?: string;
}

/**
 * The target of a lab that ships its own package: on `local` the package goes to lambda-local
 * as one function; on `aws` the learner's SAM template becomes a CloudFormation stack. Either way
 * the checks only invoke what was deployed (env `LAMBDA_DOJO_FUNCTION`, `LAMBDA_DOJO_API_URL`).
 */
export async function openLabTarget(options: OpenLabTargetOptions): Promise<PreparedTarget> {
  if (options.kind === 'aws') {
    const { openStackTarget } = await import('./stack-target.ts');
    return openStackTarget(options);
  }
  const target = await prepareTarget({ ...options, kind: 'local' });
  try {
    const functionName = await deployLabLocal(
      target.settings,
      options.deploy,
      options.srcDir,
      options.lang,
      options.print,
    );
    target.settings.functionName = functionName;
    return { ...target, env: { ...target.env, LAMBDA_DOJO_FUNCTION: functionName } };
  } catch (error) {
    await target.cleanup();
    throw error;
  }
}
