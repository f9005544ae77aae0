import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  asRecord,
  commentFor,
  functionProperty,
  readSamTemplate,
  resourcesOfType,
  TemplateError,
} from '../src/sam-template.ts';

const dir = mkdtempSync(join(tmpdir(), 'sam-template-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let count = 0;
/** Writes a template to a fresh file and reads it back. */
const read = (text: string) => {
  const file = join(dir, `template-${++count}.yaml`);
  writeFileSync(file, text);
  return readSamTemplate(file);
};

const TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    Runtime: nodejs24.x
    MemorySize: 1024
Resources:
  # The queue the function reads.
  Orders:
    Type: AWS::SQS::Queue
    Properties:
      RedrivePolicy:
        deadLetterTargetArn: !GetAtt OrdersDlq.Arn
        maxReceiveCount: 5
  OrdersDlq:
    Type: AWS::SQS::Queue
  Worker:
    Type: AWS::Serverless::Function
    Properties:
      Handler: index.handler
      MemorySize: 512
      # API Gateway gives up after 30 s,
      # so the function stops before it.
      Timeout: 29
      Environment:
        Variables:
          QUEUE_URL: !Ref Orders
          NAME: !Sub '\${AWS::StackName}-orders'
          PARTS: !Join [',', [a, b]]
          PICK: !Select
            - 0
            - !Split [',', 'x,y']
      Events:
        Batch:
          Type: SQS
          Properties:
            Queue: !GetAtt Orders.Arn
            FunctionResponseTypes: [ReportBatchItemFailures] # only the failed ones again
`;

describe('readSamTemplate', () => {
  it('turns short-form intrinsic functions into their long form', () => {
    const template = read(TEMPLATE);

    const [[, worker] = ['', {}]] = resourcesOfType(template, 'AWS::Serverless::Function');
    const variables = asRecord(asRecord(asRecord(worker.Properties).Environment).Variables);

    expect(variables).toEqual({
      QUEUE_URL: { Ref: 'Orders' },
      // biome-ignore lint/suspicious/noTemplateCurlyInString: Fn::Sub's own ${} syntax
      NAME: { 'Fn::Sub': '${AWS::StackName}-orders' },
      PARTS: { 'Fn::Join': [',', ['a', 'b']] },
      PICK: { 'Fn::Select': [0, { 'Fn::Split': [',', 'x,y'] }] },
    });
  });

  it('splits !GetAtt Resource.Attribute into [Resource, Attribute]', () => {
    const template = read(TEMPLATE);

    const [[, queue] = ['', {}]] = resourcesOfType(template, 'AWS::SQS::Queue');

    expect(asRecord(asRecord(queue.Properties).RedrivePolicy).deadLetterTargetArn).toEqual({
      'Fn::GetAtt': ['OrdersDlq', 'Arn'],
    });
  });

  it('reads the long form as it is written', () => {
    const template = read(`Resources:
  Worker:
    Type: AWS::Serverless::Function
    Properties:
      Role: { "Fn::GetAtt": [WorkerRole, Arn] }
`);

    const [[, worker] = ['', {}]] = resourcesOfType(template, 'AWS::Serverless::Function');

    expect(asRecord(worker.Properties).Role).toEqual({ 'Fn::GetAtt': ['WorkerRole', 'Arn'] });
  });

  it('names the line of a YAML error', () => {
    const file = join(dir, 'broken.yaml');
    writeFileSync(file, 'Resources:\n  Worker:\n    Type: [unclosed\n');

    expect(() => readSamTemplate(file)).toThrow(TemplateError);
    expect(() => readSamTemplate(file)).toThrow(/^template\.yaml is not valid YAML: .*line \d+/s);
  });

  it('refuses a template that is not a mapping', () => {
    const file = join(dir, 'list.yaml');
    writeFileSync(file, '- Resources\n');

    expect(() => readSamTemplate(file)).toThrow(
      new TemplateError('template.yaml must be a mapping with Resources'),
    );
  });
});

describe('resourcesOfType', () => {
  it('lists the resources of one type by logical id, and none when there are no Resources', () => {
    expect(resourcesOfType(read(TEMPLATE), 'AWS::SQS::Queue').map(([id]) => id)).toEqual([
      'Orders',
      'OrdersDlq',
    ]);
    expect(
      resourcesOfType(read('Transform: AWS::Serverless-2016-10-31\n'), 'AWS::SQS::Queue'),
    ).toEqual([]);
  });
});

describe('functionProperty', () => {
  it("prefers the function's own value and falls back to Globals.Function, as SAM merges them", () => {
    const template = read(TEMPLATE);
    const [[, worker] = ['', {}]] = resourcesOfType(template, 'AWS::Serverless::Function');

    expect(functionProperty(template, worker, 'MemorySize')).toBe(512);
    expect(functionProperty(template, worker, 'Runtime')).toBe('nodejs24.x');
    expect(functionProperty(template, worker, 'Architectures')).toBeUndefined();
  });
});

describe('commentFor', () => {
  it('joins the comment lines right above a property', () => {
    expect(commentFor(read(TEMPLATE), 'Timeout')).toBe(
      'API Gateway gives up after 30 s, so the function stops before it.',
    );
  });

  it('reads a comment on the same line', () => {
    expect(commentFor(read(TEMPLATE), 'FunctionResponseTypes')).toBe('only the failed ones again');
  });

  it("leaves out the starter's TODO notes and is empty without a comment", () => {
    const template = read(`Resources:
  Worker:
    Properties:
      # TODO: choose a timeout and say why
      Timeout: 3
      MemorySize: 128
`);

    expect(commentFor(template, 'Timeout')).toBe('');
    expect(commentFor(template, 'MemorySize')).toBe('');
    expect(commentFor(template, 'Handler')).toBe('');
  });
});
