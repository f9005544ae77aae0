import { detectLang, type Lang } from '@lambda-dojo/lang';
import { CliUsageError } from './errors.ts';
import type { LambdaLocalOptions } from './server.ts';
import {
  DEFAULT_CONCURRENCY,
  DEFAULT_IDLE_TIMEOUT_MS,
  DEFAULT_PORT,
  DEFAULT_STATE_DELAY_MS,
} from './server.ts';

export type { Lang };

export interface CliArgs {
  options: LambdaLocalOptions;
  quiet: boolean;
  help: boolean;
  lang: Lang;
}

/**
 * The language of messages: `LAMBDA_DOJO_LANG`, then the course's one detection
 * (`LC_ALL`, `LC_MESSAGES`, `LANG`; `@lambda-dojo/lang`); Korean by default.
 */
export function langOf(env: NodeJS.ProcessEnv): Lang {
  const forced = env.LAMBDA_DOJO_LANG;
  if (forced) return forced.startsWith('en') ? 'en' : 'ko';
  return detectLang(env);
}

export function usage(lang: Lang): string {
  return lang === 'ko'
    ? `사용법: npm run lambda-local -- [옵션]

  --port <번호>          Lambda API 포트 (기본 ${DEFAULT_PORT}, 환경 변수 LAMBDA_LOCAL_PORT, 0이면 빈 포트)
  --concurrency <수>     동시에 실행할 호출 수 (기본 ${DEFAULT_CONCURRENCY}); 넘으면 429 TooManyRequestsException
  --idle-timeout <초>    쉬고 있는 실행 환경을 정리하기까지의 시간 (기본 ${DEFAULT_IDLE_TIMEOUT_MS / 1000})
  --state-delay <ms>     새 함수가 Pending, 업데이트가 InProgress로 있는 시간 (기본 ${DEFAULT_STATE_DELAY_MS})
  --region <리전>        ARN에 쓸 리전 (기본 us-east-1)
  --quiet                함수 로그를 출력하지 않아요
  --help                 이 도움말을 보여 줘요`
    : `Usage: npm run lambda-local -- [options]

  --port <number>        Lambda API port (default ${DEFAULT_PORT}, env LAMBDA_LOCAL_PORT, 0 picks a free one)
  --concurrency <n>      invocations running at once (default ${DEFAULT_CONCURRENCY}); past it, 429 TooManyRequestsException
  --idle-timeout <s>     seconds before an idle execution environment is shut down (default ${DEFAULT_IDLE_TIMEOUT_MS / 1000})
  --state-delay <ms>     how long a new function stays Pending and an update InProgress (default ${DEFAULT_STATE_DELAY_MS})
  --region <region>      region used in ARNs (default us-east-1)
  --quiet                do not print function logs
  --help                 show this help`;
}

/** Parses the command line; bad input throws CliUsageError with a message in the user's language. */
export function parseCliArgs(argv: readonly string[], env: NodeJS.ProcessEnv): CliArgs {
  const lang = langOf(env);
  const options: LambdaLocalOptions = {};
  let quiet = false;
  let help = false;
  if (env.LAMBDA_LOCAL_PORT !== undefined)
    options.port = integer('LAMBDA_LOCAL_PORT', env.LAMBDA_LOCAL_PORT, 0, 65535, lang);
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] ?? '';
    const value = () => {
      const next = argv[++i];
      if (next === undefined)
        throw new CliUsageError(
          lang === 'ko' ? `${flag} 다음에 값이 필요해요.` : `${flag} needs a value.`,
        );
      return next;
    };
    if (flag === '--port') options.port = integer(flag, value(), 0, 65535, lang);
    else if (flag === '--concurrency') options.concurrency = integer(flag, value(), 1, 1000, lang);
    else if (flag === '--idle-timeout')
      options.idleTimeoutMs = integer(flag, value(), 1, 86_400, lang) * 1000;
    else if (flag === '--state-delay')
      options.stateDelayMs = integer(flag, value(), 0, 600_000, lang);
    else if (flag === '--region') options.region = value();
    else if (flag === '--quiet') quiet = true;
    else if (flag === '--help' || flag === '-h') help = true;
    else {
      throw new CliUsageError(
        lang === 'ko'
          ? `알 수 없는 옵션이에요: ${flag}. 쓸 수 있는 옵션은 npm run lambda-local -- --help 로 볼 수 있어요.`
          : `Unknown option: ${flag}. See npm run lambda-local -- --help for the options.`,
      );
    }
  }
  return { options, quiet, help, lang };
}

function integer(name: string, raw: string, min: number, max: number, lang: Lang): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new CliUsageError(
      lang === 'ko'
        ? `${name}에는 ${min}부터 ${max} 사이의 정수가 필요해요. 받은 값: '${raw}'`
        : `Expected an integer between ${min} and ${max} for ${name} but received '${raw}'.`,
    );
  }
  return n;
}
