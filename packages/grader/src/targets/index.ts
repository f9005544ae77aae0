export { bundleHandler } from './bundle.ts';
export { deleteRunFunctions } from './cleanup.ts';
export { type DeploySpec, deployFunction, RUNTIME } from './deploy.ts';
export { DeployError, TargetError } from './errors.ts';
export {
  type HandlerInvoker,
  type HandlerInvokerOptions,
  handlerInvoker,
} from './handler-invoker.ts';
export { type FunctionErrorPayload, type Invocation, outputOf } from './invocation.ts';
export { type LabDeploy, packageLab, packageSummary } from './lab-package.ts';
export { lambdaClientFor } from './lambda-client.ts';
export {
  type Architecture,
  buildNativePackage,
  hostArchitecture,
  type NativePackage,
} from './native-package.ts';
export { type PreparedTarget, type PrepareTargetOptions, prepareTarget } from './prepare-target.ts';
export { readTemplateFunction, type TemplateFunction } from './sam-function.ts';
export { parseTargetFlags, type TargetFlags, targetFlagsHelp } from './target-flags.ts';
export {
  COURSE_TAG,
  DEFAULT_PREFIX,
  functionNameFor,
  parseTargetKind,
  RUN_TAG,
  settingsFromEnv,
  settingsToEnv,
  TARGET_KINDS,
  type TargetKind,
  type TargetSettings,
} from './target-settings.ts';
