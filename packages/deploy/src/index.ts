export { bundleHandler } from './bundle.ts';
export { deleteRunFunctions } from './cleanup.ts';
export { type DeploySpec, deployFunction, RUNTIME } from './deploy.ts';
export { type OpenLabTargetOptions, openLabTarget } from './deploy-lab-target.ts';
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
export * from './settings.ts';
