// A DynamoDB table on 127.0.0.1 that the function's own AWS SDK client talks to, on every
// target: the checks point AWS_ENDPOINT_URL_DYNAMODB at it. It speaks DynamoDB's JSON
// protocol (x-amz-target DynamoDB_20120810.<Operation>) for the two operations this lab needs,
// PutItem (with an attribute_not_exists condition) and GetItem, and answers errors as DynamoDB
// does ({"__type": "com.amazonaws.dynamodb.v20120810#<Error>", "message"}), so the SDK raises
// ConditionalCheckFailedException and its other exceptions by their names.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

type AttributeValue = Record<string, unknown>;
type Item = Record<string, AttributeValue>;

class DynamoError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

export class FakeTable {
  readonly items = new Map<string, Item>();
  /** Every write that changed the table, in order: an order recorded twice shows twice. */
  readonly writes: Item[] = [];
  /** Keys whose writes DynamoDB refuses as if the table were over its capacity. */
  readonly throttled = new Set<string>();
  #server: Server | undefined;
  endpoint = '';

  constructor(
    readonly tableName: string,
    readonly keyName: string,
  ) {}

  async start(): Promise<this> {
    this.#server = createServer((req, res) => void this.#answer(req, res));
    await new Promise<void>((resolve) => this.#server?.listen(0, '127.0.0.1', resolve));
    const { port } = this.#server.address() as AddressInfo;
    this.endpoint = `http://127.0.0.1:${port}`;
    return this;
  }

  reset(): void {
    this.items.clear();
    this.writes.length = 0;
    this.throttled.clear();
  }

  /** An order some earlier invocation, maybe in another execution environment, recorded. */
  seed(item: Item): void {
    this.items.set(this.#keyOf(item), item);
  }

  writesOf(key: string): Item[] {
    return this.writes.filter((w) => this.#keyOf(w) === key);
  }

  async #answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const operation = String(req.headers['x-amz-target'] ?? '').replace('DynamoDB_20120810.', '');
    res.setHeader('content-type', 'application/x-amz-json-1.0');
    try {
      const input = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      if (input.TableName !== this.tableName) {
        throw new DynamoError(
          'ResourceNotFoundException',
          `Requested resource not found: Table: ${String(input.TableName)} not found`,
        );
      }
      // A little latency, as over a network, so deliveries running at once can interleave.
      await new Promise((resolve) => setTimeout(resolve, 5));
      const output = operation === 'PutItem' ? this.#put(input) : this.#get(input, operation);
      res.end(JSON.stringify(output));
    } catch (error) {
      const e =
        error instanceof DynamoError
          ? error
          : new DynamoError('SerializationException', String(error));
      res.statusCode = 400;
      res.end(
        JSON.stringify({
          __type: `com.amazonaws.dynamodb.v20120810#${e.type}`,
          message: e.message,
        }),
      );
    }
  }

  #put(input: Record<string, unknown>): object {
    const item = input.Item as Item | undefined;
    if (!item || typeof item !== 'object') {
      throw new DynamoError(
        'ValidationException',
        'One or more parameter values were invalid: Item is missing',
      );
    }
    const key = this.#keyOf(item);
    if (this.throttled.has(key)) {
      throw new DynamoError(
        'ProvisionedThroughputExceededException',
        'The level of configured provisioned throughput for the table was exceeded.',
      );
    }
    const condition = input.ConditionExpression;
    if (condition !== undefined) {
      const attribute = this.#notExistsAttribute(String(condition), input.ExpressionAttributeNames);
      const existing = this.items.get(key);
      if (existing && attribute in existing) {
        throw new DynamoError('ConditionalCheckFailedException', 'The conditional request failed');
      }
    }
    this.items.set(key, item);
    this.writes.push(item);
    return {};
  }

  #get(input: Record<string, unknown>, operation: string): object {
    if (operation !== 'GetItem') {
      throw new DynamoError(
        'UnknownOperationException',
        `This test table does not serve ${operation}`,
      );
    }
    const found = this.items.get(this.#keyOf((input.Key ?? {}) as Item));
    return found ? { Item: found } : {};
  }

  /** The attribute of `attribute_not_exists(name)`, the only condition this table evaluates. */
  #notExistsAttribute(condition: string, names: unknown): string {
    const match = /^\s*attribute_not_exists\s*\(\s*(#?[A-Za-z0-9_]+)\s*\)\s*$/.exec(condition);
    if (!match?.[1]) {
      throw new DynamoError(
        'ValidationException',
        `This test table evaluates only attribute_not_exists(<attribute>), not: ${condition}`,
      );
    }
    const name = match[1];
    if (!name.startsWith('#')) return name;
    const resolved = (names as Record<string, string> | undefined)?.[name];
    if (!resolved) {
      throw new DynamoError(
        'ValidationException',
        `Value provided in ExpressionAttributeNames unused in expressions: ${name} is not defined`,
      );
    }
    return resolved;
  }

  #keyOf(item: Item): string {
    const value = item[this.keyName];
    if (!value || typeof value.S !== 'string') {
      throw new DynamoError(
        'ValidationException',
        `One or more parameter values were invalid: Missing the key ${this.keyName} in the item`,
      );
    }
    if (value.S === '') {
      throw new DynamoError(
        'ValidationException',
        `One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: ${this.keyName}`,
      );
    }
    return value.S;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.#server?.close(() => resolve()));
  }
}
