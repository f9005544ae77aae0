import { describe, expect, it } from 'vitest';
import {
  InvalidParameterValueError,
  ResourceNotFoundError,
  ValidationError,
} from '../src/errors.ts';
import { parseFunctionRef } from '../src/function-name.ts';

const ACCOUNT = '123456789012';

describe('parseFunctionRef', () => {
  it.each([
    ['my-fn', { name: 'my-fn', qualifier: undefined }],
    ['my-fn:$LATEST', { name: 'my-fn', qualifier: '$LATEST' }],
    ['my-fn:3', { name: 'my-fn', qualifier: '3' }],
    ['123456789012:function:my-fn', { name: 'my-fn', qualifier: undefined }],
    ['123456789012:function:my-fn:live', { name: 'my-fn', qualifier: 'live' }],
    [
      'arn:aws:lambda:us-east-1:123456789012:function:my-fn',
      { name: 'my-fn', qualifier: undefined },
    ],
    ['arn:aws:lambda:eu-west-1:123456789012:function:my-fn:7', { name: 'my-fn', qualifier: '7' }],
  ])('resolves %s', (raw, expected) => {
    expect(parseFunctionRef(raw, undefined, ACCOUNT)).toEqual(expected);
  });

  it('takes the qualifier from the query when the name has none', () => {
    expect(parseFunctionRef('my-fn', '2', ACCOUNT)).toEqual({ name: 'my-fn', qualifier: '2' });
  });

  it('refuses a name qualifier that contradicts the query', () => {
    expect(() => parseFunctionRef('my-fn:1', '2', ACCOUNT)).toThrow(InvalidParameterValueError);
  });

  it('refuses names with characters Lambda does not allow', () => {
    expect(() => parseFunctionRef('my fn', undefined, ACCOUNT)).toThrow(ValidationError);
    expect(() => parseFunctionRef('a:b:c', undefined, ACCOUNT)).toThrow(ValidationError);
  });

  it('reports a function of another account as not found', () => {
    expect(() => parseFunctionRef('999999999999:function:my-fn', undefined, ACCOUNT)).toThrow(
      ResourceNotFoundError,
    );
  });
});
