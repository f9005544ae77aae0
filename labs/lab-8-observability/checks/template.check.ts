import { check, task } from '@lambda-dojo/check-kit';
import {
  asRecord,
  functionProperty,
  readSamTemplate,
  resourcesOfType,
  type SamTemplate,
} from '@lambda-dojo/check-kit/sam-template';
import { expect } from 'vitest';

const templateFile = () => `${process.env.LAMBDA_DOJO_SRC_DIR ?? ''}/template.yaml`;

/** The retention periods CloudWatch Logs accepts, in days (AWS::Logs::LogGroup RetentionInDays). */
const RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288,
  3653,
];

function theFunction(): { template: SamTemplate; id: string; fn: Record<string, unknown> } {
  const template = readSamTemplate(templateFile());
  const functions = resourcesOfType(template, 'AWS::Serverless::Function');
  expect(functions.length, 'AWS::Serverless::Function resources in template.yaml').toBe(1);
  const [id, fn] = functions[0] as [string, Record<string, unknown>];
  return { template, id, fn };
}

task(
  {
    ko: '과제 3: 로그 보존 기간과 오류 경보를 템플릿에 쓰기',
    en: 'Task 3: log retention and an alarm on errors in the template',
  },
  () => {
    check(
      'log-retention',
      {
        title: {
          ko: '함수의 로그 그룹을 템플릿에서 만들고 CloudWatch Logs가 받는 보존 기간(RetentionInDays)을 정해요',
          en: 'the template creates the function’s log group with a retention period CloudWatch Logs accepts (RetentionInDays)',
        },
        points: 10,
        hints: {
          ko: [
            'Lambda가 처음 쓸 때 알아서 만드는 로그 그룹은 로그를 영원히 보관하고, 그만큼 저장 비용이 계속 늘어요.',
            `AWS::Logs::LogGroup 리소스(RetentionInDays: 30)를 만들고 함수의 LoggingConfig.LogGroup: !Ref <그 리소스>로 연결하세요. LogGroupName: !Sub "/aws/lambda/\${CheckoutFunction}"으로 이름을 맞춰도 돼요.`,
          ],
          en: [
            'The log group Lambda creates on first use keeps logs for ever, and its storage bill keeps growing.',
            `Add an AWS::Logs::LogGroup (RetentionInDays: 30) and tie it to the function with LoggingConfig.LogGroup: !Ref <that resource>, or name it LogGroupName: !Sub "/aws/lambda/\${CheckoutFunction}".`,
          ],
        },
      },
      () => {
        const { template, id, fn } = theFunction();
        const loggingGroup = asRecord(
          asRecord(functionProperty(template, fn, 'LoggingConfig')).LogGroup,
        );
        const tied = resourcesOfType(template, 'AWS::Logs::LogGroup').filter(
          ([groupId, group]) =>
            loggingGroup.Ref === groupId ||
            asRecord(asRecord(group.Properties).LogGroupName)['Fn::Sub'] ===
              `/aws/lambda/\${${id}}`,
        );
        expect(
          tied.map(([groupId]) => groupId),
          `a LogGroup tied to ${id} (LoggingConfig.LogGroup: !Ref ..., or LogGroupName: !Sub "/aws/lambda/\${${id}}")`,
        ).toHaveLength(1);
        const [, group] = tied[0] as [string, Record<string, unknown>];
        expect(RETENTION_DAYS, `RetentionInDays (one of ${RETENTION_DAYS.join(', ')})`).toContain(
          asRecord(group.Properties).RetentionInDays,
        );
      },
    );

    check(
      'errors-alarm',
      {
        title: {
          ko: '함수의 AWS/Lambda Errors 지표 합계가 1 이상이면 울리는 CloudWatch 경보가 있어요',
          en: 'a CloudWatch alarm goes off when the sum of the function’s AWS/Lambda Errors metric reaches 1',
        },
        points: 10,
        hints: {
          ko: [
            '로그와 지표가 있어도 아무도 보지 않으면 장애를 모르고 지나가요. Lambda는 함수마다 AWS/Lambda 네임스페이스에 Errors 지표를 내보내요.',
            'AWS::CloudWatch::Alarm을 만들고 Namespace: AWS/Lambda, MetricName: Errors, Dimensions: [{ Name: FunctionName, Value: !Ref <함수> }], Statistic: Sum, Period: 300, EvaluationPeriods: 1, Threshold: 1, ComparisonOperator: GreaterThanOrEqualToThreshold를 쓰세요.',
          ],
          en: [
            'Logs and metrics nobody watches let an outage go unnoticed. Lambda publishes an Errors metric for every function in the AWS/Lambda namespace.',
            'Add an AWS::CloudWatch::Alarm with Namespace: AWS/Lambda, MetricName: Errors, Dimensions: [{ Name: FunctionName, Value: !Ref <function> }], Statistic: Sum, Period: 300, EvaluationPeriods: 1, Threshold: 1, ComparisonOperator: GreaterThanOrEqualToThreshold.',
          ],
        },
      },
      () => {
        const { template, id } = theFunction();
        const alarms = resourcesOfType(template, 'AWS::CloudWatch::Alarm').map(([, a]) =>
          asRecord(a.Properties),
        );
        const onErrors = alarms.filter(
          (a) =>
            a.Namespace === 'AWS/Lambda' &&
            a.MetricName === 'Errors' &&
            Array.isArray(a.Dimensions) &&
            a.Dimensions.map(asRecord).some(
              (d) => d.Name === 'FunctionName' && asRecord(d.Value).Ref === id,
            ),
        );
        expect(
          onErrors.length,
          `alarms on AWS/Lambda Errors with the dimension FunctionName: !Ref ${id}`,
        ).toBe(1);
        const alarm = onErrors[0] ?? {};
        expect(alarm.Statistic, 'Statistic').toBe('Sum');
        const threshold = Number(alarm.Threshold);
        const operator = String(alarm.ComparisonOperator);
        const firesOnOne =
          (operator === 'GreaterThanOrEqualToThreshold' && threshold <= 1 && threshold > 0) ||
          (operator === 'GreaterThanThreshold' && threshold < 1 && threshold >= 0);
        expect(
          firesOnOne,
          `goes off on 1 error (ComparisonOperator ${operator}, Threshold ${threshold})`,
        ).toBe(true);
        expect(Number(alarm.EvaluationPeriods), 'EvaluationPeriods').toBeGreaterThanOrEqual(1);
        expect(Number(alarm.Period) % 60, 'Period, a multiple of 60 s').toBe(0);
      },
    );
  },
);
