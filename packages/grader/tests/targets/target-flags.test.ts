import { describe, expect, it } from 'vitest';
import { parseTargetFlags, TargetError } from '../../src/targets/index.ts';

describe('parseTargetFlags', () => {
  it('defaults to the mock target and leaves other arguments alone', () => {
    expect(parseTargetFlags(['lab-1', '--solution'], 'en')).toEqual({
      flags: { kind: 'mock' },
      rest: ['lab-1', '--solution'],
    });
  });

  it('reads the aws flags in both spellings', () => {
    const { flags, rest } = parseTargetFlags(
      [
        'lab-1',
        '--target',
        'aws',
        '--region=ap-northeast-2',
        '--prefix',
        'me',
        '--role-arn',
        'arn:aws:iam::1:role/r',
      ],
      'en',
    );
    expect(flags).toEqual({
      kind: 'aws',
      region: 'ap-northeast-2',
      prefix: 'me',
      roleArn: 'arn:aws:iam::1:role/r',
    });
    expect(rest).toEqual(['lab-1']);
  });

  it('says a flag needs a value, in Korean', () => {
    expect(() => parseTargetFlags(['--region'], 'ko')).toThrow('--region 다음에 값이 필요합니다.');
  });

  it('refuses aws-only flags on another target', () => {
    expect(() => parseTargetFlags(['--target', 'local', '--prefix', 'x'], 'en')).toThrow(
      TargetError,
    );
  });
});
