import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Context } from 'aws-lambda';
import { type CheckoutEvent, priceCart } from './cart.ts';
import { logger, metrics } from './observability.ts';

/**
 * Prices a cart, and tells CloudWatch what happened.
 * SOLUTION: one JSON log line per outcome, with the values as keys CloudWatch Logs Insights
 * can filter on; metrics in Embedded Metric Format, flushed in `finally` so a failed
 * invocation still publishes its CheckoutFailed.
 */
export const handler = async (event: CheckoutEvent, context: Context) => {
  logger.addContext(context);
  metrics.captureColdStartMetric(context.functionName);
  try {
    const { total, itemCount } = priceCart(event);
    logger.info('checkout', { cartId: event.cartId, total, itemCount });
    metrics.addMetric('OrdersPlaced', MetricUnit.Count, 1);
    metrics.addMetric('ItemsSold', MetricUnit.Count, itemCount);
    return { cartId: event.cartId, total };
  } catch (error) {
    logger.error('checkout failed', { cartId: event?.cartId, error: error as Error });
    metrics.addMetric('CheckoutFailed', MetricUnit.Count, 1);
    throw error;
  } finally {
    metrics.publishStoredMetrics();
  }
};
