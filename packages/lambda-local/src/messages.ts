import { type Lang, messageTables } from '@lambda-dojo/lang';
import {
  DEFAULT_CONCURRENCY,
  DEFAULT_IDLE_TIMEOUT_MS,
  DEFAULT_PORT,
  DEFAULT_STATE_DELAY_MS,
} from './server.ts';

const sdkLine = (endpoint: string) =>
  `new LambdaClient({ endpoint: '${endpoint}', region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } })`;
const cliLine = (endpoint: string) =>
  `aws lambda list-functions --endpoint-url ${endpoint} --region us-east-1`;

/** Every message `npm run lambda-local` prints, in Korean and English. */
const messages = messageTables({
  ko: {
    usage: `사용법: npm run lambda-local -- [옵션]

  --port <번호>          Lambda API 포트 (기본 ${DEFAULT_PORT}, 환경 변수 LAMBDA_LOCAL_PORT, 0이면 빈 포트)
  --concurrency <수>     동시에 실행할 호출 수 (기본 ${DEFAULT_CONCURRENCY}); 넘으면 429 TooManyRequestsException
  --idle-timeout <초>    쉬고 있는 실행 환경을 정리하기까지의 시간 (기본 ${DEFAULT_IDLE_TIMEOUT_MS / 1000})
  --state-delay <ms>     새 함수가 Pending, 업데이트가 InProgress로 있는 시간 (기본 ${DEFAULT_STATE_DELAY_MS})
  --region <리전>        ARN에 쓸 리전 (기본 us-east-1)
  --quiet                함수 로그를 출력하지 않아요
  --help                 이 도움말을 보여 줘요`,
    needsValue: (flag: string) => `${flag} 다음에 값이 필요해요.`,
    unknownOption: (flag: string) =>
      `알 수 없는 옵션이에요: ${flag}. 쓸 수 있는 옵션은 npm run lambda-local -- --help 로 볼 수 있어요.`,
    notInteger: (name: string, min: number, max: number, raw: string) =>
      `${name}에는 ${min}부터 ${max} 사이의 정수가 필요해요. 받은 값: '${raw}'`,
    portInUse: (port: number) =>
      `포트 ${port}번은 이미 다른 프로그램이 쓰고 있어요. --port 로 다른 포트를 골라 주세요.`,
    banner: (endpoint: string) => `lambda-local이 ${endpoint} 에서 기다리고 있어요 (127.0.0.1 전용).

AWS CLI: 아무 값의 자격 증명이면 돼요 (예: AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local).
  ${cliLine(endpoint)}
AWS SDK for JavaScript v3:
  ${sdkLine(endpoint)}
끝내려면 Ctrl-C를 누르세요.`,
  },
  en: {
    usage: `Usage: npm run lambda-local -- [options]

  --port <number>        Lambda API port (default ${DEFAULT_PORT}, env LAMBDA_LOCAL_PORT, 0 picks a free one)
  --concurrency <n>      invocations running at once (default ${DEFAULT_CONCURRENCY}); past it, 429 TooManyRequestsException
  --idle-timeout <s>     seconds before an idle execution environment is shut down (default ${DEFAULT_IDLE_TIMEOUT_MS / 1000})
  --state-delay <ms>     how long a new function stays Pending and an update InProgress (default ${DEFAULT_STATE_DELAY_MS})
  --region <region>      region used in ARNs (default us-east-1)
  --quiet                do not print function logs
  --help                 show this help`,
    needsValue: (flag: string) => `${flag} needs a value.`,
    unknownOption: (flag: string) =>
      `Unknown option: ${flag}. See npm run lambda-local -- --help for the options.`,
    notInteger: (name: string, min: number, max: number, raw: string) =>
      `Expected an integer between ${min} and ${max} for ${name} but received '${raw}'.`,
    portInUse: (port: number) => `Port ${port} is already in use. Choose another with --port.`,
    banner: (endpoint: string) => `lambda-local is listening on ${endpoint} (127.0.0.1 only).

AWS CLI: any credentials will do (e.g. AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local).
  ${cliLine(endpoint)}
AWS SDK for JavaScript v3:
  ${sdkLine(endpoint)}
Press Ctrl-C to stop.`,
  },
});

/** Every message lambda-local's CLI prints; both languages have exactly these (a missing one fails type-checking). */
export type Messages = (typeof messages)['ko'];

export function messagesFor(lang: Lang): Messages {
  return messages[lang];
}
