// What a lab check needs from the targets without loading the AWS SDK, esbuild or the deploy
// code (`@lambda-dojo/deploy/settings`): grading against the mock target stays light.
export { DeployError, TargetError } from './errors.ts';
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
