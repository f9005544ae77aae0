export { bundleHandler } from './bundle.ts';
export { deleteRunFunctions } from './cleanup.ts';
export { type DeploySpec, deployFunction, RUNTIME } from './deploy.ts';
export { lambdaClientFor } from './lambda-client.ts';
export { type PreparedTarget, type PrepareTargetOptions, prepareTarget } from './prepare-target.ts';
export * from './settings.ts';
