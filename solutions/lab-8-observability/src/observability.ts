import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';

/**
 * One logger and one metrics buffer per execution environment.
 * SOLUTION: Powertools reads its settings from the environment the template sets:
 * POWERTOOLS_SERVICE_NAME (the `service` key of every log line and the `service` dimension
 * of every metric), POWERTOOLS_METRICS_NAMESPACE, and POWERTOOLS_LOG_LEVEL.
 */
export const logger = new Logger();
export const metrics = new Metrics();
