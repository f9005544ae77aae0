import { type Lang, messageTables } from '@lambda-dojo/lang';

/** Every message the deploy targets print or throw, in Korean and English. */
const messages = messageTables({
  ko: {
    noCredentials:
      'AWS 자격 증명을 찾지 못했어요. aws configure나 aws sso login을 하거나 AWS_PROFILE을 지정한 뒤 다시 실행해 주세요.',
    roleCreationFailed: (name: string) =>
      `실행 역할을 만들지 못했어요(${name}). IAM 콘솔에서 lambda.amazonaws.com이 맡을 수 있고 AWSLambdaBasicExecutionRole 정책이 붙은 역할을 만든 뒤 --role-arn으로 넘겨 주세요.`,
    noRegion: (lab: string) =>
      `--target aws에는 리전이 필요해요. 예: npm run grade ${lab} -- --target aws --region ap-northeast-2`,
    badPrefix: (prefix: string) =>
      `--prefix는 소문자로 시작하고 소문자, 숫자, -만 쓴 2~30자여야 해요. 받은 값: '${prefix}'`,
    badTarget: (raw: string) =>
      `--target에는 mock, local, aws 중 하나를 써 주세요. 받은 값: '${raw}'`,
    deleted: (names: string) => `정리: ${names}을(를) 지웠어요.`,
    deletedRole: '정리: IAM 역할을 지웠어요.',
    cleanupFailed: (what: string, tag: string) =>
      `정리 실패: ${what}. AWS 콘솔에서 태그 ${tag}인 리소스를 직접 지워 주세요.`,
    deployingStack: (stack: string) => `스택 ${stack}을(를) 배포해요. 몇 분 걸릴 수 있어요...`,
    stackOutputsMissing: (stack: string, missing: string[]) =>
      `스택 ${stack}에서 ${missing.join('나 ')}을(를) 찾지 못했어요.`,
    functionOutput: (logicalId: string) => `함수(${logicalId})`,
    apiOutput: 'HTTP API(출력 ApiUrl)',
    stackFailed: (reason: string) => `템플릿으로 스택을 만들지 못했어요: ${reason}`,
    interrupted: '배포를 멈췄어요(중단됨).',
    bundleFailed: (entry: string, detail: string) => `${entry}을(를) 번들하지 못했어요:\n${detail}`,
    nativeInstallFailed: (modules: string, platform: string, stderr: string) =>
      `npm이 ${modules}을(를) ${platform}용으로 설치하지 못했어요(npm 레지스트리나 캐시에 닿아야 해요):\n${stderr}`,
    packageTooLarge: (kind: 'zipped' | 'unzipped', mb: string, maxMb: string) =>
      `배포 패키지가 ${kind === 'zipped' ? '압축해서' : '압축을 풀면'} ${mb} MB로 Lambda 한도 ${maxMb} MB를 넘어요.`,
    templateDefaults: (template: string, reason: string) =>
      `참고: ${template}에서 함수 설정을 읽지 못해 Lambda 기본값(128 MB, 3초)으로 배포해요. ${reason}`,
    buildingPackage: (architecture: string, modules: string) =>
      `배포 패키지를 만들어요 (${architecture}, npm으로 ${modules} 설치)...`,
    packageBuilt: (p: PackageParts) =>
      `  ${p.file}: 압축 ${p.zippedMb} MB (한도 ${p.zippedLimitMb} MB), 압축 해제 ${p.unzippedMb} MB (한도 ${p.unzippedLimitMb} MB), ${p.natives}${p.reused ? ' (이전에 만든 것을 다시 써요)' : ''}`,
    templateUnreadable: (reason: string) => `template.yaml을 읽지 못했어요: ${reason}`,
    templateNotMapping: 'Resources가 있는 매핑이어야 해요',
    templateFunctionCount: (count: number) =>
      `template.yaml에 AWS::Serverless::Function이 하나 있어야 하는데 ${count}개예요.`,
    stackPlan: (p: StackPlanParts) =>
      [
        `[계획] 본인 AWS 계정의 ${p.region} 리전에 아래 리소스를 만들고, 채점이 끝나면(실패해도, Ctrl-C로 멈춰도) 지워요.`,
        `  - S3 버킷: ${p.bucket} (배포 패키지 ${p.key}, ${p.architecture})`,
        `  - CloudFormation 스택: ${p.stack} (본인의 src/template.yaml, AWS::Serverless-2016-10-31 변환)`,
        '    스택이 템플릿대로 Lambda 함수, 실행 역할, HTTP API, 로그 그룹을 만들어요.',
        `  - 모든 리소스의 태그: ${p.tags}`,
        '  비용: 채점 호출은 몇십 번이라 보통 무료 사용량 안에 들어요. 자격 증명은 출력하지 않아요.',
      ].join('\n'),
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
    noRegion: (lab: string) =>
      `--target aws needs a region, e.g. npm run grade ${lab} -- --target aws --region ap-northeast-2`,
    badPrefix: (prefix: string) =>
      `Expected 2 to 30 lowercase letters, digits or - starting with a letter for --prefix but received '${prefix}'.`,
    badTarget: (raw: string) =>
      `Expected one of mock, local, aws for --target but received '${raw}'.`,
    deleted: (names: string) => `Cleanup: deleted ${names}.`,
    deletedRole: 'Cleanup: deleted the IAM role.',
    cleanupFailed: (what: string, tag: string) =>
      `Cleanup failed: ${what}. Delete the resources tagged ${tag} in the AWS console.`,
    deployingStack: (stack: string) => `Deploying stack ${stack}; this can take a few minutes...`,
    stackOutputsMissing: (stack: string, missing: string[]) =>
      `Could not find ${missing.join(' or ')} in stack ${stack}.`,
    functionOutput: (logicalId: string) => `the function (${logicalId})`,
    apiOutput: 'the HTTP API (output ApiUrl)',
    stackFailed: (reason: string) => `The stack could not be created from your template: ${reason}`,
    interrupted: 'Deployment stopped (interrupted).',
    bundleFailed: (entry: string, detail: string) => `Could not bundle ${entry}:\n${detail}`,
    nativeInstallFailed: (modules: string, platform: string, stderr: string) =>
      `npm could not install ${modules} for ${platform} (it needs the npm registry or its cache):\n${stderr}`,
    packageTooLarge: (kind: 'zipped' | 'unzipped', mb: string, maxMb: string) =>
      `The deployment package is ${mb} MB ${kind}, over Lambda's ${maxMb} MB limit.`,
    templateDefaults: (template: string, reason: string) =>
      `Note: could not read the function from ${template}, so it is deployed with Lambda's defaults (128 MB, 3 s). ${reason}`,
    buildingPackage: (architecture: string, modules: string) =>
      `Building the deployment package (${architecture}, npm installs ${modules})...`,
    packageBuilt: (p: PackageParts) =>
      `  ${p.file}: ${p.zippedMb} MB zipped (limit ${p.zippedLimitMb} MB), ${p.unzippedMb} MB unzipped (limit ${p.unzippedLimitMb} MB), ${p.natives}${p.reused ? ' (reused)' : ''}`,
    templateUnreadable: (reason: string) => `Could not read template.yaml: ${reason}`,
    templateNotMapping: 'it must be a mapping with Resources',
    templateFunctionCount: (count: number) =>
      `Expected one AWS::Serverless::Function in template.yaml but found ${count}.`,
    stackPlan: (p: StackPlanParts) =>
      [
        `[plan] In your own AWS account, region ${p.region}, the grader creates the resources below and deletes them when grading ends (also when it fails, or on Ctrl-C).`,
        `  - S3 bucket: ${p.bucket} (the deployment package ${p.key}, ${p.architecture})`,
        `  - CloudFormation stack: ${p.stack} (your src/template.yaml, AWS::Serverless-2016-10-31 transform)`,
        '    The stack creates what the template says: the Lambda function, its execution role, the HTTP API, the log group.',
        `  - Tags on every resource: ${p.tags}`,
        '  Cost: grading makes a few dozen invocations, normally within the free tier. Credentials are never printed.',
      ].join('\n'),
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

/** What the plan shown before a stack deploy is made of. */
export interface StackPlanParts {
  region: string;
  bucket: string;
  key: string;
  stack: string;
  architecture: string;
  tags: string;
}

/** One built deployment package, as the grader reports it. */
export interface PackageParts {
  file: string;
  zippedMb: string;
  zippedLimitMb: number;
  unzippedMb: string;
  unzippedLimitMb: number;
  natives: string;
  reused: boolean;
}

/** Every message of this package; both languages have exactly these (a missing one fails type-checking). */
export type Messages = (typeof messages)['ko'];

export function messagesFor(lang: Lang): Messages {
  return messages[lang];
}
