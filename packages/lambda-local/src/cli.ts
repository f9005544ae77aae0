import { parseCliArgs, usage } from './cli-args.ts';
import { CliUsageError } from './errors.ts';
import { startLambdaLocal } from './server.ts';

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
    console.error(
      lang === 'ko'
        ? `포트 ${args.options.port ?? 9001}번은 이미 다른 프로그램이 쓰고 있어요. --port 로 다른 포트를 골라 주세요.`
        : `Port ${args.options.port ?? 9001} is already in use. Choose another with --port.`,
    );
    process.exit(1);
  });
  console.log(banner(service.endpoint, lang));
  const stop = () => {
    void service.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  process.once('SIGHUP', stop);
}

function banner(endpoint: string, lang: 'ko' | 'en'): string {
  const sdk = `new LambdaClient({ endpoint: '${endpoint}', region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } })`;
  const cli = `aws lambda list-functions --endpoint-url ${endpoint} --region us-east-1`;
  return lang === 'ko'
    ? `lambda-local이 ${endpoint} 에서 기다리고 있어요 (127.0.0.1 전용).

AWS CLI: 아무 값의 자격 증명이면 돼요 (예: AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local).
  ${cli}
AWS SDK for JavaScript v3:
  ${sdk}
끝내려면 Ctrl-C를 누르세요.`
    : `lambda-local is listening on ${endpoint} (127.0.0.1 only).

AWS CLI: any credentials will do (e.g. AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local).
  ${cli}
AWS SDK for JavaScript v3:
  ${sdk}
Press Ctrl-C to stop.`;
}

await main();
