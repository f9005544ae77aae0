import { type Lang, messageTables } from '@lambda-dojo/lang';

/** Every message the deploy targets print or throw, in Korean and English. */
const messages = messageTables({
  ko: {
    noCredentials:
      'AWS 자격 증명을 찾지 못했어요. aws configure나 aws sso login을 하거나 AWS_PROFILE을 지정한 뒤 다시 실행해 주세요.',
    roleCreationFailed: (name: string) =>
      `실행 역할을 만들지 못했어요(${name}). IAM 콘솔에서 lambda.amazonaws.com이 맡을 수 있고 AWSLambdaBasicExecutionRole 정책이 붙은 역할을 만든 뒤 --role-arn으로 넘겨 주세요.`,
    noRegion:
      '--target aws에는 리전이 필요해요. 예: npm run grade lab-1 -- --target aws --region ap-northeast-2',
    badPrefix: (prefix: string) =>
      `--prefix는 소문자로 시작하고 소문자, 숫자, -만 쓴 2~30자여야 해요. 받은 값: '${prefix}'`,
    badTarget: (raw: string) =>
      `--target에는 mock, local, aws 중 하나를 써 주세요. 받은 값: '${raw}'`,
    deletedFunctions: (names: string) => `정리: 함수를 지웠어요(${names}).`,
    deletedRole: '정리: IAM 역할을 지웠어요.',
    cleanupFailed: (what: string, name: string, runId: string) =>
      `정리 실패 (${what}, ${name}). AWS 콘솔에서 태그가 lambda-dojo:run=${runId}인 리소스를 직접 지워 주세요.`,
    plan: (p: PlanParts) =>
      [
        `[계획] 본인 AWS 계정의 ${p.region} 리전에 아래 리소스를 만들고, 채점이 끝나면(Ctrl-C로 멈춰도) 지워요.`,
        `  - Lambda 함수: ${p.names} (런타임 nodejs24.x)`,
        p.createsRole
          ? `  - IAM 역할: ${p.role} (Lambda가 맡는 역할, 정책은 AWSLambdaBasicExecutionRole 하나)`
          : `  - IAM 역할: 새로 만들지 않고 --role-arn으로 받은 역할을 써요: ${p.role}`,
        `  - 모든 리소스의 태그: ${p.tags}`,
        `  - 함수가 남기는 CloudWatch 로그 그룹(/aws/lambda/${p.names})은 지우지 않아요.`,
        '  비용: 채점 호출은 몇십 번이라 보통 무료 사용량 안에 들어요. 자격 증명은 출력하지 않아요.',
      ].join('\n'),
  },
  en: {
    noCredentials:
      'No AWS credentials found. Run aws configure or aws sso login, or set AWS_PROFILE, then try again.',
    roleCreationFailed: (name: string) =>
      `Could not create the execution role (${name}). Create a role in the IAM console that lambda.amazonaws.com can assume, with the AWSLambdaBasicExecutionRole policy, and pass it with --role-arn.`,
    noRegion:
      '--target aws needs a region, e.g. npm run grade lab-1 -- --target aws --region ap-northeast-2',
    badPrefix: (prefix: string) =>
      `Expected 2 to 30 lowercase letters, digits or - starting with a letter for --prefix but received '${prefix}'.`,
    badTarget: (raw: string) =>
      `Expected one of mock, local, aws for --target but received '${raw}'.`,
    deletedFunctions: (names: string) => `Cleanup: deleted ${names}.`,
    deletedRole: 'Cleanup: deleted the IAM role.',
    cleanupFailed: (what: string, name: string, runId: string) =>
      `Cleanup failed (${what}, ${name}). Delete the resources tagged lambda-dojo:run=${runId} in the AWS console.`,
    plan: (p: PlanParts) =>
      [
        `[plan] In your own AWS account, region ${p.region}, the grader creates the resources below and deletes them when grading ends (also on Ctrl-C).`,
        `  - Lambda functions: ${p.names} (runtime nodejs24.x)`,
        p.createsRole
          ? `  - IAM role: ${p.role} (assumed by Lambda; one policy, AWSLambdaBasicExecutionRole)`
          : `  - IAM role: none created; uses ${p.role} from --role-arn`,
        `  - Tags on every resource: ${p.tags}`,
        `  - The CloudWatch log groups /aws/lambda/${p.names} the functions write are not deleted.`,
        '  Cost: grading makes a few dozen invocations, normally within the free tier. Credentials are never printed.',
      ].join('\n'),
  },
});

/** What the plan shown before an aws run is made of. */
export interface PlanParts {
  region: string;
  names: string;
  role: string;
  tags: string;
  createsRole: boolean;
}

/** Every message of this package; both languages have exactly these (a missing one fails type-checking). */
export type Messages = (typeof messages)['ko'];

export function messagesFor(lang: Lang): Messages {
  return messages[lang];
}
