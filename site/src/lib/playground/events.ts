import { samplePng } from './image-service.ts';

/** Test events like the Lambda console's templates. Names are translated in the component. */
export const testEvents = {
  'hello-world': { key1: 'value1', key2: 'value2', key3: 'value3' },
  ping: { operation: 'ping' },
  'get-sample': { operation: 'getSample' },
  'get-dimensions': { operation: 'getDimensions', base64Image: samplePng },
  resize: { operation: 'resize', base64Image: samplePng, width: 35, outputExtension: 'png' },
  'api-gateway-http': {
    version: '2.0',
    routeKey: 'GET /hello',
    rawPath: '/hello',
    rawQueryString: 'name=dojo',
    headers: {
      accept: 'application/json',
      host: 'example.execute-api.ap-northeast-2.amazonaws.com',
    },
    queryStringParameters: { name: 'dojo' },
    requestContext: {
      http: { method: 'GET', path: '/hello', protocol: 'HTTP/1.1', sourceIp: '203.0.113.10' },
      requestId: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef',
      stage: '$default',
    },
    isBase64Encoded: false,
  },
  's3-put': {
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: 'ap-northeast-2',
        eventName: 'ObjectCreated:Put',
        s3: {
          bucket: { name: 'dojo-uploads', arn: 'arn:aws:s3:::dojo-uploads' },
          object: { key: 'photos/cat.jpg', size: 1024, eTag: '0123456789abcdef0123456789abcdef' },
        },
      },
    ],
  },
} as const;

export type TestEventName = keyof typeof testEvents;

export const testEventNames = Object.keys(testEvents) as TestEventName[];

/** Which templates go with which starting handler. */
export const eventsFor = {
  'hello-world': ['hello-world', 'api-gateway-http', 's3-put', 'ping'],
  'image-service': ['ping', 'get-sample', 'get-dimensions', 'resize', 'hello-world'],
} as const satisfies Record<string, readonly TestEventName[]>;

export function isTestEventName(name: string): name is TestEventName {
  return Object.hasOwn(testEvents, name);
}

export function eventText(name: TestEventName): string {
  return JSON.stringify(testEvents[name], null, 2);
}

/** Parses the event editor's text; the error message says where the JSON breaks. */
export function parseEvent(
  text: string,
): { ok: true; event: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, event: JSON.parse(text) };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

export const defaultHandler = `export const handler = async (event, context) => {
  console.log('EVENT:', JSON.stringify(event));
  return {
    statusCode: 200,
    body: JSON.stringify('Hello from Lambda!'),
  };
};
`;
