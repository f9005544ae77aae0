import { describe, expect, it } from 'vitest';
import { parseCliArgs, usage } from '../src/cli-args.ts';
import { CliUsageError } from '../src/errors.ts';

describe('parseCliArgs', () => {
  it('reads the port, concurrency and idle timeout', () => {
    const args = parseCliArgs(['--port', '9100', '--concurrency', '4', '--idle-timeout', '30'], {});
    expect(args.options).toEqual({ port: 9100, concurrency: 4, idleTimeoutMs: 30_000 });
  });

  it('reads how long states last', () => {
    expect(parseCliArgs(['--state-delay', '0'], {}).options).toEqual({ stateDelayMs: 0 });
  });

  it('takes the port from LAMBDA_LOCAL_PORT', () => {
    expect(parseCliArgs([], { LAMBDA_LOCAL_PORT: '9200' }).options.port).toBe(9200);
  });

  it('explains a bad port in Korean by default', () => {
    expect(() => parseCliArgs(['--port', 'abc'], {})).toThrow(
      "--port에는 0부터 65535 사이의 정수가 필요해요. 받은 값: 'abc'",
    );
  });

  it('explains a bad port in English when asked', () => {
    expect(() => parseCliArgs(['--port', '70000'], { LAMBDA_DOJO_LANG: 'en' })).toThrow(
      "Expected an integer between 0 and 65535 for --port but received '70000'.",
    );
  });

  it('reads --flag=value as well as --flag value, and the quiet and help switches', () => {
    const args = parseCliArgs(['--port=9100', '--region', 'ap-northeast-2', '--quiet', '-h'], {});
    expect(args.options).toEqual({ port: 9100, region: 'ap-northeast-2' });
    expect([args.quiet, args.help]).toEqual([true, true]);
  });

  it('says which flag lacks its value, in the learner language', () => {
    expect(() => parseCliArgs(['--concurrency'], {})).toThrow(CliUsageError);
    expect(() => parseCliArgs(['--concurrency'], { LAMBDA_DOJO_LANG: 'en' })).toThrow(
      '--concurrency',
    );
  });

  it('refuses a word that is not a flag', () => {
    expect(() => parseCliArgs(['9100'], { LAMBDA_DOJO_LANG: 'en' })).toThrow('9100');
  });

  it('refuses an unknown option and names the help command', () => {
    expect(() => parseCliArgs(['--bogus'], { LANG: 'en_US.UTF-8' })).toThrow(CliUsageError);
    expect(() => parseCliArgs(['--bogus'], { LANG: 'en_US.UTF-8' })).toThrow('--help');
  });

  it('shows the same flags in the Korean and the English help', () => {
    const flags = (text: string) => text.match(/--[a-z-]+/g);
    expect(usage('ko')).toMatch(/^사용법: npm run lambda-local/);
    expect(usage('en')).toMatch(/^Usage: npm run lambda-local/);
    expect(flags(usage('ko'))).toEqual(flags(usage('en')));
  });
});
