// What lab checks need from the targets, without the deploy and AWS-account code
// the CLI uses: importing this stays light when grading against the mock target.

export {
  type HandlerInvoker,
  type HandlerInvokerOptions,
  handlerInvoker,
} from './handler-invoker.ts';
export {
  type HttpApiInvoker,
  type HttpApiResponse,
  httpApiInvoker,
  requestHttpApi,
} from './http-api-invoker.ts';
export type { FunctionErrorPayload, Invocation } from './invocation.ts';
export { settingsFromEnv, type TargetKind, type TargetSettings } from './target-settings.ts';
