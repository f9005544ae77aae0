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
  // TODO: send a synchronous invocation: InvocationType 'RequestResponse', and the payload
  //       as bytes from encodePayload(payload, 'RequestResponse').
  const response = await client.send(new InvokeCommand({ FunctionName: functionName }));
  return resultOf(functionName, response);
}

/** Queues an asynchronous invocation (Lambda answers 202 without waiting for the function). */
export async function invokeAsync(
  client: LambdaClient,
  functionName: string,
  payload: unknown,
): Promise<void> {
  // TODO: send InvocationType 'Event' with the payload from encodePayload(payload, 'Event').
  const response = await client.send(new InvokeCommand({ FunctionName: functionName }));
  // TODO: an Event invocation succeeds with StatusCode 202 and has no result to read;
  //       throw an Error for any other status.
}

/**
 * Asks Lambda whether the caller may invoke `functionName`, without running it:
 * `true` on 204, `false` when access is denied.
 */
export async function dryRun(client: LambdaClient, functionName: string): Promise<boolean> {
  // TODO: send InvocationType 'DryRun' (no payload needed) and return true on StatusCode 204.
  // TODO: when send throws an error named 'AccessDeniedException', return false;
  //       rethrow any other error.
  return false;
}

/** Invokes synchronously, asking for the log tail, and returns the result with the decoded log. */
export async function invokeWithLogs(
  client: LambdaClient,
  functionName: string,
  payload: unknown,
): Promise<InvocationWithLogs> {
  // TODO: like invokeJson, plus LogType 'Tail'. Decode response.LogResult with decodeLogTail
  //       and read its REPORT line with parseReportLine.
  const response = await client.send(new InvokeCommand({ FunctionName: functionName }));
  return { result: resultOf(functionName, response), log: '', report: undefined };
}

/** The function's JSON answer, or a FunctionInvocationError when the function failed. */
function resultOf(functionName: string, response: InvokeCommandOutput): unknown {
  const payload = decodePayload(response.Payload);
  // TODO: StatusCode 200 only means Lambda ran the function. When response.FunctionError is
  //       set, the function failed and `payload` holds { errorType, errorMessage, trace }:
  //       throw new FunctionInvocationError({ functionName, functionError, errorType,
  //       errorMessage, trace }).
  return payload;
}
