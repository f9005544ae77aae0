import type { Lang } from '@lambda-dojo/lang';
import { deployFunction } from './deploy.ts';
import {
  type LabDeploy,
  labFolderOf,
  packageLab,
  templateFunctionOrDefaults,
} from './lab-package.ts';
import { lambdaClientFor } from './lambda-client.ts';
import { hostArchitecture } from './native-package.ts';
import { functionNameFor, type TargetSettings } from './target-settings.ts';

/** Any role is accepted by lambda-local. */
const LOCAL_ROLE = 'arn:aws:iam::123456789012:role/lambda-dojo-local';

/**
 * Deploys a lab's package to lambda-local before the checks run: built for this machine's
 * architecture (lambda-local runs functions on the host's CPU), with the memory, timeout and
 * handler of the learner's template. Returns the function's name, which the checks invoke.
 */
export async function deployLabLocal(
  settings: TargetSettings,
  deploy: LabDeploy,
  srcDir: string,
  lang: Lang,
  print: (text: string) => void,
): Promise<string> {
  const folder = labFolderOf(srcDir);
  const fn = templateFunctionOrDefaults(folder, deploy, lang, print);
  const built = await packageLab(folder, deploy, hostArchitecture(), lang, print);
  const functionName = functionNameFor(settings, fn.logicalId.toLowerCase());
  await deployFunction(lambdaClientFor(settings), settings, {
    functionName,
    zip: built.zip,
    handler: fn.handler,
    roleArn: LOCAL_ROLE,
    timeout: fn.timeout,
    memorySize: fn.memorySize,
  });
  return functionName;
}
