import { Logger } from '@aws-lambda-powertools/logger';

// TODO: Powertools takes its settings from the environment the template sets
//       (POWERTOOLS_SERVICE_NAME, POWERTOOLS_METRICS_NAMESPACE): see template.yaml.
export const logger = new Logger();

// TODO: metrics for CloudWatch: create one Metrics (from '@aws-lambda-powertools/metrics')
//       here, at module scope, and export it as `metrics`.
