import { defineFixtures } from './define-fixtures.ts';

export const lab1 = defineFixtures('lab-1', { file: 'src/handler.ts' })(({ file }) => [
  {
    id: 'pretty-printed-log',
    mistake: {
      en: 'logs the event pretty-printed, over several lines',
      ko: '이벤트를 보기 좋게 들여쓰기해서 여러 줄로 로그에 남긴다',
    },
    failingCheck: 'logs-event-as-json',
    patch: [
      {
        file,
        find: 'console.log(JSON.stringify(event));',
        replace: 'console.log(JSON.stringify(event, null, 2));',
      },
    ],
  },
  {
    id: 'logs-the-object',
    mistake: {
      en: 'logs the event object itself, which Node prints as util.inspect text, not JSON',
      ko: '이벤트 객체를 그대로 console.log에 넘겨서 JSON이 아니라 util.inspect 형식으로 찍힌다',
    },
    failingCheck: 'logs-event-as-json',
    patch: [{ file, find: 'console.log(JSON.stringify(event));', replace: 'console.log(event);' }],
  },
  {
    id: 'log-with-a-label',
    mistake: {
      en: 'puts a label in front of the JSON, so the line is no longer JSON',
      ko: 'JSON 앞에 설명을 붙여서 그 줄이 더는 JSON이 아니다',
    },
    failingCheck: 'logs-event-as-json',
    patch: [
      {
        file,
        find: 'console.log(JSON.stringify(event));',
        replace: "console.log('event:', JSON.stringify(event));",
      },
    ],
  },
  {
    id: 'body-not-stringified',
    mistake: {
      en: 'returns the greeting as the body without JSON.stringify',
      ko: '인사말을 JSON.stringify 없이 body에 그대로 넣는다',
    },
    failingCheck: 'body-is-json-string',
    patch: [
      {
        file,
        find: 'body: JSON.stringify(greeting) }',
        replace: 'body: greeting }',
      },
    ],
  },
  {
    id: 'name-not-trimmed',
    mistake: {
      en: 'greets the name with its surrounding spaces',
      ko: '이름 앞뒤 공백을 떼지 않고 인사한다',
    },
    failingCheck: 'greets-by-name',
    patch: [{ file, find: 'event.name.trim()', replace: 'event.name' }],
  },
  {
    id: 'any-truthy-name',
    mistake: {
      en: 'takes any truthy name, so the number 42 is greeted as "Hello, 42!"',
      ko: '참으로 평가되는 값이면 모두 이름으로 받아서 숫자 42에도 "Hello, 42!"라고 답한다',
    },
    failingCheck: 'greets-by-name',
    patch: [
      {
        file,
        find: "typeof event.name === 'string' ? event.name.trim() : ''",
        replace: "event.name ? String(event.name).trim() : ''",
      },
    ],
  },
  {
    id: 'record-not-awaited',
    mistake: {
      en: 'starts recordGreeting but returns without awaiting it',
      ko: 'recordGreeting을 호출만 하고 기다리지 않은 채 응답한다',
    },
    failingCheck: 'awaits-the-record',
    patch: [
      {
        file,
        find: "await recordGreeting(name || 'Lambda');",
        replace: "void recordGreeting(name || 'Lambda');",
      },
    ],
  },
  {
    id: 'records-empty-name',
    mistake: {
      en: 'records an empty name instead of "Lambda" when there is none',
      ko: '이름이 없을 때 "Lambda" 대신 빈 문자열을 기록한다',
    },
    failingCheck: 'awaits-the-record',
    patch: [
      {
        file,
        find: "await recordGreeting(name || 'Lambda');",
        replace: 'await recordGreeting(name);',
      },
    ],
  },
]);
