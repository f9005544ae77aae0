// The Lambda numbers image-core needs, read from @lambda-dojo/lambda-facts (never written
// here) and turned into bytes (facts in MB are binary: 1 MB = 1,048,576 bytes).

import { limits, toBytes } from '@lambda-dojo/lambda-facts';

/** A synchronous invocation's response payload limit, in bytes. */
export const syncResponseLimitBytes = (): number => toBytes(limits.payload.synchronousResponse);

/** A synchronous invocation's request payload limit, in bytes. */
export const syncRequestLimitBytes = (): number => toBytes(limits.payload.synchronousRequest);
