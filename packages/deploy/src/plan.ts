import type { Lang } from '@lambda-dojo/lang';
import { roleNameFor } from './role.ts';
import { COURSE_TAG, RUN_TAG, type TargetSettings } from './target-settings.ts';

/** What the aws target will create, printed before anything is created. */
export function awsPlan(settings: TargetSettings, createsRole: boolean, lang: Lang): string {
  const names = `${settings.prefix}-${settings.labId ?? '<lab>'}-*`;
  const tags = `${COURSE_TAG}=${settings.prefix}, ${RUN_TAG}=${settings.runId}`;
  const role = createsRole ? roleNameFor(settings) : (settings.roleArn ?? '');
  if (lang === 'ko') {
    return [
      `[계획] 본인 AWS 계정의 ${settings.region} 리전에 아래 리소스를 만들고, 채점이 끝나면(Ctrl-C로 멈춰도) 지웁니다.`,
      `  - Lambda 함수: ${names} (런타임 nodejs24.x)`,
      createsRole
        ? `  - IAM 역할: ${role} (Lambda가 맡는 역할, 정책은 AWSLambdaBasicExecutionRole 하나)`
        : `  - IAM 역할: 새로 만들지 않고 --role-arn으로 받은 ${role}을(를) 씁니다`,
      `  - 모든 리소스의 태그: ${tags}`,
      `  - 함수가 남기는 CloudWatch 로그 그룹 /aws/lambda/${names}는 지우지 않습니다.`,
      '  비용: 채점 호출은 몇십 번이라 보통 무료 사용량 안에 듭니다. 자격 증명은 출력하지 않습니다.',
    ].join('\n');
  }
  return [
    `[plan] In your own AWS account, region ${settings.region}, the grader creates the resources below and deletes them when grading ends (also on Ctrl-C).`,
    `  - Lambda functions: ${names} (runtime nodejs24.x)`,
    createsRole
      ? `  - IAM role: ${role} (assumed by Lambda; one policy, AWSLambdaBasicExecutionRole)`
      : `  - IAM role: none created; uses ${role} from --role-arn`,
    `  - Tags on every resource: ${tags}`,
    `  - The CloudWatch log groups /aws/lambda/${names} the functions write are not deleted.`,
    '  Cost: grading makes a few dozen invocations, normally within the free tier. Credentials are never printed.',
  ].join('\n');
}
