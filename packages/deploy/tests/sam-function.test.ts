import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DeployError } from '../src/errors.ts';
import { readTemplateFunction } from '../src/sam-function.ts';

function file(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'dojo-sam-')), 'template.yaml');
  writeFileSync(path, text);
  return path;
}

describe('readTemplateFunction', () => {
  it("reads the lab solution's function: memory, timeout, arm64, handler", () => {
    const solution = new URL(
      '../../../solutions/lab-9-image-processing/src/template.yaml',
      import.meta.url,
    ).pathname;
    expect(readTemplateFunction(solution, 'en')).toEqual({
      logicalId: 'ImageFunction',
      handler: 'index.handler',
      runtime: 'nodejs24.x',
      memorySize: 1024,
      timeout: 29,
      architecture: 'arm64',
    });
  });

  it('takes what the function leaves out from Globals, and x86_64 without Architectures', () => {
    const path = file(
      'Globals:\n  Function:\n    Timeout: 10\n    MemorySize: 512\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: app.main\n      Timeout: 20\n      Role: !GetAtt R.Arn\n',
    );
    expect(readTemplateFunction(path, 'en')).toMatchObject({
      logicalId: 'Fn',
      handler: 'app.main',
      timeout: 20,
      memorySize: 512,
      architecture: 'x86_64',
    });
  });

  it('refuses a template without exactly one serverless function, in the learner language', () => {
    expect(() => readTemplateFunction(file('Resources: {}\n'), 'ko')).toThrow(
      new DeployError('template.yaml에 AWS::Serverless::Function이 하나 있어야 하는데 0개예요.'),
    );
    expect(() => readTemplateFunction(file('Resources: [\n'), 'en')).toThrow(
      /^Could not read template.yaml: /,
    );
  });

  it('says the same in the other language, from the one message table', () => {
    const twoFunctions = file(
      'Resources:\n  A:\n    Type: AWS::Serverless::Function\n  B:\n    Type: AWS::Serverless::Function\n',
    );
    expect(() => readTemplateFunction(twoFunctions, 'en')).toThrow(
      new DeployError('Expected one AWS::Serverless::Function in template.yaml but found 2.'),
    );
    expect(() => readTemplateFunction(file('- just\n- a list\n'), 'ko')).toThrow(
      new DeployError('template.yaml을 읽지 못했어요: Resources가 있는 매핑이어야 해요'),
    );
    expect(() => readTemplateFunction(file('- just\n- a list\n'), 'en')).toThrow(
      new DeployError('Could not read template.yaml: it must be a mapping with Resources'),
    );
  });
});
