import { InvalidParameterValueError, ResourceNotFoundError, ValidationError } from './errors.ts';

/** A function reference as the Lambda API accepts it, resolved. */
export interface FunctionRef {
  name: string;
  /** `$LATEST`, a version number, or undefined when none was given. */
  qualifier: string | undefined;
}

const NAME = /^[a-zA-Z0-9_-]{1,64}$/;
const QUALIFIER = /^(\$LATEST|[a-zA-Z0-9_-]{1,128})$/;
const ARN = /^arn:aws[a-zA-Z-]*:lambda:([a-z0-9-]+):(\d{12}):function:(.+)$/;
const PARTIAL_ARN = /^(\d{12}):function:(.+)$/;

/** AWS's message for a function name that does not match the model's pattern. */
export function functionNameConstraint(raw: string): string {
  return `1 validation error detected: Value '${raw}' at 'functionName' failed to satisfy constraint: Member must satisfy regular expression pattern: (arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?`;
}

/**
 * Resolves the forms AWS accepts for a function: `name`, `name:qualifier`,
 * the partial ARN `123456789012:function:name[:qualifier]` and the full ARN.
 * A `Qualifier` query parameter must agree with a qualifier in the name.
 */
export function parseFunctionRef(
  raw: string,
  queryQualifier: string | undefined,
  accountId: string,
): FunctionRef {
  let rest = raw;
  const full = ARN.exec(raw);
  const partial = full ? null : PARTIAL_ARN.exec(raw);
  const account = full ? full[2] : partial?.[1];
  if (full) rest = full[3] ?? '';
  else if (partial) rest = partial[2] ?? '';
  const [name = '', qualifier, ...extra] = rest.split(':');
  if (
    !NAME.test(name) ||
    extra.length > 0 ||
    (qualifier !== undefined && !QUALIFIER.test(qualifier))
  ) {
    throw new ValidationError(functionNameConstraint(raw));
  }
  if (account !== undefined && account !== accountId) {
    throw new ResourceNotFoundError(`Function not found: ${raw}`);
  }
  if (qualifier !== undefined && queryQualifier !== undefined && qualifier !== queryQualifier) {
    throw new InvalidParameterValueError(
      'The derived qualifier from the function name does not match the specified qualifier.',
    );
  }
  return { name, qualifier: qualifier ?? queryQualifier };
}
