// `@lambda-dojo/grader/checks`, kept until the session-3 merge: checks now import these from
// '@lambda-dojo/check-kit'.
export {
  type FunctionErrorPayload,
  type HandlerInvoker,
  type HandlerInvokerOptions,
  handlerInvoker,
  type Invocation,
  settingsFromEnv,
  type TargetKind,
  type TargetSettings,
} from '@lambda-dojo/check-kit';
