import {
  DeleteFunctionCommand,
  GetFunctionCommand,
  type LambdaClient,
  ListFunctionsCommand,
} from '@aws-sdk/client-lambda';
import { RUN_TAG, type TargetSettings } from './target-settings.ts';

/**
 * Deletes the functions this run created: name starts with the prefix and
 * the run tag matches. Returns the names it deleted.
 */
export async function deleteRunFunctions(
  client: LambdaClient,
  settings: TargetSettings,
): Promise<string[]> {
  const deleted: string[] = [];
  let marker: string | undefined;
  do {
    const page = await client.send(new ListFunctionsCommand({ Marker: marker }));
    for (const fn of page.Functions ?? []) {
      const name = fn.FunctionName ?? '';
      if (!name.startsWith(`${settings.prefix}-`)) continue;
      const { Tags } = await client.send(new GetFunctionCommand({ FunctionName: name }));
      if (Tags?.[RUN_TAG] !== settings.runId) continue;
      await client.send(new DeleteFunctionCommand({ FunctionName: name }));
      deleted.push(name);
    }
    marker = page.NextMarker;
  } while (marker);
  return deleted;
}
