// This file is provided: you do not need to change it.
// One function, two doors: API Gateway's HTTP API events go to handleHttp, anything else is a
// direct invocation with the original service's event.

import { defaultLimits, type Limits } from '@lambda-dojo/image-core';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { handleDirect } from './direct.ts';
import { handleHttp } from './http.ts';

/** Room left in a 6 MB response for the JSON around the image (headers, quotes, field names). */
const ENVELOPE_BYTES = 16 * 1024;
/** Time kept back from the function's timeout to answer with an error instead of timing out. */
const ANSWER_MARGIN_MS = 1_000;

/** An HTTP API request, payload format 2.0. */
export const isHttpApiEvent = (event: unknown): event is APIGatewayProxyEventV2 =>
  typeof event === 'object' &&
  event !== null &&
  (event as { version?: unknown }).version === '2.0' &&
  typeof (event as { requestContext?: { http?: unknown } }).requestContext?.http === 'object';

/** image-core's limits for this invocation: the response envelope and the time left. */
export const limitsFor = (context?: Pick<Context, 'getRemainingTimeInMillis'>): Partial<Limits> => {
  const remainingMs = context?.getRemainingTimeInMillis?.() ?? 0;
  return {
    maxOutputBase64Bytes: defaultLimits().maxOutputBase64Bytes - ENVELOPE_BYTES,
    timeoutSeconds:
      remainingMs > 0 ? Math.max(1, Math.floor((remainingMs - ANSWER_MARGIN_MS) / 1000)) : 0,
  };
};

export const handler = async (event: unknown, context?: Context) => {
  const limits = limitsFor(context);
  if (isHttpApiEvent(event)) return handleHttp(event, limits);
  return handleDirect(event, limits);
};
