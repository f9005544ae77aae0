import { describe, expect, it } from 'vitest';
import {
  functionNameFor,
  parseTargetKind,
  settingsFromEnv,
  settingsToEnv,
  type TargetSettings,
} from '../src/index.ts';

describe('target settings', () => {
  it('travel to the check process through env vars unchanged', () => {
    const settings: TargetSettings = {
      kind: 'aws',
      endpoint: 'http://127.0.0.1:9001',
      region: 'ap-northeast-2',
      prefix: 'dojo',
      roleArn: 'arn:aws:iam::123456789012:role/dojo-exec',
      runId: 'abcd1234',
      srcDir: '/labs/lab-1/src',
      labId: 'lab-1',
    };
    expect(settingsFromEnv(settingsToEnv(settings))).toEqual(settings);
  });

  it('default to the mock target when the grader set nothing', () => {
    expect(settingsFromEnv({}).kind).toBe('mock');
  });

  it('refuse an unknown target with the choices, in Korean', () => {
    expect(() => parseTargetKind('cloud', 'ko')).toThrow(
      "--target에는 mock, local, aws 중 하나를 써 주세요. 받은 값: 'cloud'",
    );
  });

  it('name functions <prefix>-<lab>-<name> within 64 characters', () => {
    const settings = settingsFromEnv({ LAMBDA_DOJO_PREFIX: 'dojo', LAMBDA_DOJO_LAB: 'lab-1' });
    expect(functionNameFor(settings, 'handler')).toBe('dojo-lab-1-handler');
    expect(functionNameFor(settings, 'x'.repeat(100))).toHaveLength(64);
  });
});
