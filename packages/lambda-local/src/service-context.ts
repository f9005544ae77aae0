import type { CodeStore } from './code-store.ts';
import type { EnvironmentPool } from './environment-pool.ts';
import type { EventQueue } from './event-queue.ts';
import type { FunctionRegistry } from './function-registry.ts';
import type { ArnScope } from './function-view.ts';
import type { LogStore } from './logs/log-store.ts';

/** What the API handlers of one lambda-local service share. */
export interface ServiceContext extends ArnScope {
  registry: FunctionRegistry;
  store: CodeStore;
  /** Invocations running at once across the service. */
  concurrency: number;
  pool: EnvironmentPool;
  events: EventQueue;
  /** Log events of every function, for the CloudWatch Logs API. */
  logs: LogStore;
  endpoint: () => string;
}
