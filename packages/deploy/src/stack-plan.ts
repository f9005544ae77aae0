import type { Lang } from '@lambda-dojo/lang';
import type { Architecture } from './native-package.ts';
import { COURSE_TAG, RUN_TAG, type TargetSettings } from './target-settings.ts';

export interface StackNames {
  stackName: string;
  bucket: string;
  key: string;
}

/** The stack, bucket and object key of one run: prefixed, and unique through the run id. */
export function stackNamesFor(settings: TargetSettings): StackNames {
  const base = [settings.prefix, settings.labId ?? 'lab', settings.runId].join('-');
  return {
    stackName: base.replace(/[^a-zA-Z0-9-]/g, '-').slice(0, 128),
    // Bucket names: lowercase, 3-63 characters, globally unique (the run id makes them so).
    bucket: `${base}-package`
      .toLowerCase()
      .replace(/[^a-z0-9-]/g, '-')
      .slice(0, 63),
    key: `${settings.labId ?? 'lab'}/function.zip`,
  };
}

/** What `--target aws` creates for a lab deployed from its SAM template, printed first. */
export function stackPlan(
  settings: TargetSettings,
  names: StackNames,
  architecture: Architecture,
  lang: Lang,
): string {
  const tags = `${COURSE_TAG}=${settings.prefix}, ${RUN_TAG}=${settings.runId}`;
  if (lang === 'ko') {
    return [
      `[계획] 본인 AWS 계정의 ${settings.region} 리전에 아래 리소스를 만들고, 채점이 끝나면(실패해도, Ctrl-C로 멈춰도) 지워요.`,
      `  - S3 버킷: ${names.bucket} (배포 패키지 ${names.key}, ${architecture})`,
      `  - CloudFormation 스택: ${names.stackName} (본인의 src/template.yaml, AWS::Serverless-2016-10-31 변환)`,
      '    스택이 템플릿대로 Lambda 함수, 실행 역할, HTTP API, 로그 그룹을 만들어요.',
      `  - 모든 리소스의 태그: ${tags}`,
      '  비용: 채점 호출은 몇십 번이라 보통 무료 사용량 안에 들어요. 자격 증명은 출력하지 않아요.',
    ].join('\n');
  }
  return [
    `[plan] In your own AWS account, region ${settings.region}, the grader creates the resources below and deletes them when grading ends (also when it fails, or on Ctrl-C).`,
    `  - S3 bucket: ${names.bucket} (the deployment package ${names.key}, ${architecture})`,
    `  - CloudFormation stack: ${names.stackName} (your src/template.yaml, AWS::Serverless-2016-10-31 transform)`,
    '    The stack creates what the template says: the Lambda function, its execution role, the HTTP API, the log group.',
    `  - Tags on every resource: ${tags}`,
    '  Cost: grading makes a few dozen invocations, normally within the free tier. Credentials are never printed.',
  ].join('\n');
}
