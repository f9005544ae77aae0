// What lab checks import. The simulator is `@lambda-dojo/check-kit/simulator`.

export {
  settingsFromEnv,
  type TargetKind,
  type TargetSettings,
} from '@lambda-dojo/deploy/settings';
export { because, CHECK_TIMEOUT_MS, check, HINTS_PROPERTY, task } from './check.ts';
export type { Bilingual, CheckMeta, CheckOptions, Lang, TieredHints } from './check-types.ts';
export { CheckDefinitionError, CheckKitError, SimulatorError } from './errors.ts';
export { type FakeContextOptions, fakeContext } from './fake-context.ts';
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
export { type FunctionErrorPayload, type Invocation, outputOf } from './invocation.ts';
