import { parseCliArgs, usage } from './cli-args.ts';
import { CliUsageError } from './errors.ts';
import { messagesFor } from './messages.ts';
import { DEFAULT_PORT, startLambdaLocal } from './server.ts';

/** `npm run lambda-local`: starts the service and says how to point the AWS CLI and SDK at it. */
async function main(): Promise<void> {
  let args: ReturnType<typeof parseCliArgs>;
  try {
    args = parseCliArgs(process.argv.slice(2), process.env);
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    console.error(error.message);
    process.exitCode = 2;
    return;
  }
  const { lang } = args;
  if (args.help) {
    console.log(usage(lang));
    return;
  }
  const service = await startLambdaLocal({
    ...args.options,
    onLog: args.quiet
      ? undefined
      : (name, text) => {
          for (const line of text.trimEnd().split('\n'))
            process.stdout.write(`[${name}] ${line}\n`);
        },
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EADDRINUSE') throw error;
    console.error(messagesFor(lang).portInUse(args.options.port ?? DEFAULT_PORT));
    process.exit(1);
  });
  console.log(messagesFor(lang).banner(service.endpoint));
  const stop = () => {
    void service.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  process.once('SIGHUP', stop);
}

await main();
