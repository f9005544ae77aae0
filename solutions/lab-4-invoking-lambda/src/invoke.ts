import { InvokeCommand, type InvokeCommandOutput, type LambdaClient } from '@aws-sdk/client-lambda';
import { FunctionInvocationError } from './errors.ts';
import { decodePayload, encodePayload } from './payload.ts';
import { decodeLogTail, parseReportLine, type ReportLine } from './report.ts';

/** The result of a synchronous invocation together with its log tail. */
export interface InvocationWithLogs {
  result: unknown;
  /** The last lines of the execution log, as text. */
  log: string;
  /** The figures of the REPORT line, when the tail holds one. */
  report: ReportLine | undefined;
}

/** Invokes `functionName` synchronously with `payload` and returns the JSON it answered. */
export async function invokeJson(
  client: LambdaClient,
  functionName: string,
  payload: unknown,
): Promise<unknown> {
  // Solution: RequestResponse waits for the function; the payload goes as JSON bytes,
  // checked against the synchronous limit before anything is sent.
  const response = await client.send(
    new InvokeCommand({
      FunctionName: functionName,
      InvocationType: 'RequestResponse',
      Payload: encodePayload(payload, 'RequestResponse'),
    }),
  );
  return resultOf(functionName, response);
}

/** Queues an asynchronous invocation (Lambda answers 202 without waiting for the function). */
export async function invokeAsync(
  client: LambdaClient,
  functionName: string,
  payload: unknown,
): Promise<void> {
  // Solution: Event queues the request; the smaller asynchronous limit applies.
  const response = await client.send(
    new InvokeCommand({
      FunctionName: functionName,
      InvocationType: 'Event',
      Payload: encodePayload(payload, 'Event'),
    }),
  );
  // Solution: 202 Accepted is the only success; there is no result to read.
  if (response.StatusCode !== 202) {
    throw new Error(
      `Expected status 202 for an Event invocation but received ${response.StatusCode}`,
    );
  }
}

/**
 * Asks Lambda whether the caller may invoke `functionName`, without running it:
 * `true` on 204, `false` when access is denied.
 */
export async function dryRun(client: LambdaClient, functionName: string): Promise<boolean> {
  try {
    // Solution: DryRun validates the request and the caller's permission; the function does not run.
    const response = await client.send(
      new InvokeCommand({ FunctionName: functionName, InvocationType: 'DryRun' }),
    );
    return response.StatusCode === 204;
  } catch (error) {
    // Solution: a missing lambda:InvokeFunction permission is an answer, not a failure.
    if (error instanceof Error && error.name === 'AccessDeniedException') return false;
    throw error;
  }
}

/** Invokes synchronously, asking for the log tail, and returns the result with the decoded log. */
export async function invokeWithLogs(
  client: LambdaClient,
  functionName: string,
  payload: unknown,
): Promise<InvocationWithLogs> {
  // Solution: LogType Tail returns the end of the log (limits.invoke.logTail), base64, in LogResult.
  const response = await client.send(
    new InvokeCommand({
      FunctionName: functionName,
      InvocationType: 'RequestResponse',
      LogType: 'Tail',
      Payload: encodePayload(payload, 'RequestResponse'),
    }),
  );
  const log = decodeLogTail(response.LogResult);
  return { result: resultOf(functionName, response), log, report: parseReportLine(log) };
}

/** The function's JSON answer, or a FunctionInvocationError when the function failed. */
function resultOf(functionName: string, response: InvokeCommandOutput): unknown {
  const payload = decodePayload(response.Payload);
  // Solution: status 200 only means Lambda ran the function. FunctionError says it failed,
  // and the payload then holds errorType, errorMessage and trace.
  if (response.FunctionError) {
    const error = (payload ?? {}) as {
      errorType?: unknown;
      errorMessage?: unknown;
      trace?: unknown;
    };
    throw new FunctionInvocationError({
      functionName,
      functionError: response.FunctionError,
      errorType: typeof error.errorType === 'string' ? error.errorType : response.FunctionError,
      errorMessage: typeof error.errorMessage === 'string' ? error.errorMessage : '',
      trace: Array.isArray(error.trace) ? error.trace.map(String) : [],
    });
  }
  return payload;
}
