export * from './errors.ts';
export { limits } from './limits.ts';
export {
  DEFAULT_CONCURRENCY,
  DEFAULT_IDLE_TIMEOUT_MS,
  DEFAULT_PORT,
  type LambdaLocal,
  type LambdaLocalOptions,
  startLambdaLocal,
} from './server.ts';
export { type ExtractLimits, extractZip, writeZip, type ZipEntry } from './zip.ts';
