import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { S3Client } from '@aws-sdk/client-s3';
import { assertCredentials } from './credentials.ts';
import type { OpenLabTargetOptions } from './deploy-lab-target.ts';
import { labFolderOf, packageLab } from './lab-package.ts';
import { messagesFor } from './messages.ts';
import type { PreparedTarget } from './prepare-target.ts';
import { readTemplateFunction } from './sam-function.ts';
import {
  type Created,
  deleteStackAndBucket,
  deployStack,
  type StackClients,
} from './stack-deploy.ts';
import { stackNamesFor, stackPlan } from './stack-plan.ts';
import { awsPlacement, RUN_TAG, settingsToEnv, type TargetSettings } from './target-settings.ts';

export interface OpenStackTargetOptions extends Omit<OpenLabTargetOptions, 'kind'> {
  env?: NodeJS.ProcessEnv;
  /** SDK clients (tests pass mocked ones). */
  clients?: StackClients;
  /** Checks the credential chain first; tests turn it off. Default true. */
  checkCredentials?: boolean;
  /** Clean up on Ctrl-C (SIGINT) and SIGTERM. Default true. */
  handleSignals?: boolean;
  /** Stops the deployment, as Ctrl-C does (tests). */
  signal?: AbortSignal;
  pollSeconds?: number;
  /** Builds the package (tests pass a stub); default: npm, as `npm run package` does. */
  build?: typeof packageLab;
}

/**
 * `--target aws` for a lab deployed from its SAM template: prints the plan, builds the package for
 * the template's architecture, deploys the stack, and hands the checks the function and API URL.
 * The stack and the bucket are deleted when grading ends, when deploying fails, and on Ctrl-C.
 */
export async function openStackTarget(options: OpenStackTargetOptions): Promise<PreparedTarget> {
  const { lang, print } = options;
  const env = options.env ?? process.env;
  const { region, prefix } = awsPlacement(options, env);
  const settings: TargetSettings = {
    kind: 'aws',
    region,
    prefix,
    runId: randomBytes(4).toString('hex'),
    labId: options.labId,
    srcDir: options.srcDir,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
  };
  const folder = labFolderOf(options.srcDir);
  const templateFile = join(folder, options.deploy.template);
  const fn = readTemplateFunction(templateFile, lang);
  const names = stackNamesFor(settings);
  if (options.checkCredentials !== false) await assertCredentials(region, lang);
  print(stackPlan(settings, names, fn.architecture, lang));
  const built = await (options.build ?? packageLab)(
    folder,
    options.deploy,
    fn.architecture,
    lang,
    print,
  );

  const clients = options.clients ?? {
    cloudFormation: new CloudFormationClient({ region }),
    s3: new S3Client({ region }),
  };
  const created: Created = { bucket: false, stack: false };
  const abort = new AbortController();
  options.signal?.addEventListener('abort', () => abort.abort(), { once: true });
  const run = {
    settings,
    names,
    clients,
    lang,
    signal: abort.signal,
    pollSeconds: options.pollSeconds,
  };
  let cleaning: Promise<void> | undefined;
  const cleanup = () => {
    cleaning ??= (async () => {
      const { deleted, failed } = await deleteStackAndBucket(run, created);
      if (deleted.length > 0) {
        print(messagesFor(lang).deleted(deleted.join(', ')));
      }
      if (failed.length > 0) {
        print(messagesFor(lang).cleanupFailed(failed.join(', '), `${RUN_TAG}=${settings.runId}`));
      }
    })();
    return cleaning;
  };
  const unhook = options.handleSignals === false ? () => {} : onInterrupt(abort, cleanup);
  print(messagesFor(lang).deployingStack(names.stackName));
  try {
    const deployed = await deployStack(
      run,
      { template: readFileSync(templateFile, 'utf8'), logicalId: fn.logicalId, zip: built.zip },
      created,
    );
    settings.functionName = deployed.functionName;
    settings.apiUrl = deployed.apiUrl;
  } catch (error) {
    await cleanup();
    unhook();
    throw error;
  }
  return {
    settings,
    env: settingsToEnv(settings),
    cleanup: async () => {
      unhook();
      await cleanup();
    },
  };
}

/** On Ctrl-C (or SIGTERM): stop waiting, delete what was created, then exit with the signal's code. */
function onInterrupt(abort: AbortController, cleanup: () => Promise<void>): () => void {
  const handlers = (['SIGINT', 'SIGTERM'] as const).map((signal) => {
    const handler = () => {
      abort.abort();
      void cleanup().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    };
    process.once(signal, handler);
    return [signal, handler] as const;
  });
  return () => {
    for (const [signal, handler] of handlers) process.off(signal, handler);
  };
}
