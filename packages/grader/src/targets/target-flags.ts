import type { Lang } from '../check-types.ts';
import { TargetError } from './errors.ts';
import type { PrepareTargetOptions } from './prepare-target.ts';
import { parseTargetKind } from './target-settings.ts';

export type TargetFlags = Pick<
  PrepareTargetOptions,
  'kind' | 'region' | 'prefix' | 'roleArn' | 'endpoint'
>;

const VALUE_FLAGS = {
  '--target': 'kind',
  '--region': 'region',
  '--prefix': 'prefix',
  '--role-arn': 'roleArn',
  '--endpoint': 'endpoint',
} as const;

/**
 * Takes the target flags out of a command line (`--target mock|local|aws`,
 * `--region`, `--prefix`, `--role-arn`, `--endpoint`, also as `--flag=value`)
 * and returns them with the other arguments untouched. Default target: mock.
 */
export function parseTargetFlags(
  argv: readonly string[],
  lang: Lang,
): { flags: TargetFlags; rest: string[] } {
  const flags: TargetFlags = { kind: 'mock' };
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [name = '', inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg];
    const key = VALUE_FLAGS[name as keyof typeof VALUE_FLAGS];
    if (!key) {
      rest.push(arg);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || value.startsWith('--')) {
      throw new TargetError(
        lang === 'ko' ? `${name} 다음에 값이 필요합니다.` : `${name} needs a value.`,
      );
    }
    if (key === 'kind') flags.kind = parseTargetKind(value, lang);
    else flags[key] = value;
  }
  if (flags.kind !== 'aws' && (flags.prefix || flags.roleArn)) {
    throw new TargetError(
      lang === 'ko'
        ? '--prefix와 --role-arn은 --target aws와 함께만 씁니다.'
        : '--prefix and --role-arn only apply with --target aws.',
    );
  }
  return { flags, rest };
}

/** Help lines for the target flags, for the grade command's --help. */
export function targetFlagsHelp(lang: Lang): string {
  return lang === 'ko'
    ? `  --target mock|local|aws  채점 대상 (기본 mock: 핸들러를 직접 호출)
                           local: lambda-local에 배포하고 실제 Invoke로 채점합니다
                           aws: 본인 AWS 계정에 배포합니다. 만들 리소스를 먼저 보여 주고, 끝나면 지웁니다
  --region <리전>          aws 대상의 리전 (없으면 AWS_REGION)
  --prefix <접두사>        aws 대상에서 만드는 리소스 이름의 접두사 (기본 lambda-dojo)
  --role-arn <ARN>         새 IAM 역할을 만들지 않고 이 실행 역할을 써요
  --endpoint <URL>         local: 이미 띄운 lambda-local 주소 (없으면 채점기가 직접 띄워요)`
    : `  --target mock|local|aws  what to grade against (default mock: calls the handler directly)
                           local: deploys to lambda-local and grades through real Invoke calls
                           aws: deploys to your own AWS account; shows the plan first, deletes everything after
  --region <region>        region of the aws target (else AWS_REGION)
  --prefix <prefix>        name prefix of the resources the aws target creates (default lambda-dojo)
  --role-arn <arn>         use this execution role instead of creating an IAM role
  --endpoint <url>         local: a lambda-local you already started (else the grader starts one)`;
}
