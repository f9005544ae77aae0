import { InvalidParameterValueError } from './errors.ts';
import { limits } from './limits.ts';

/** The settings of a function a user can choose (CreateFunction / UpdateFunctionConfiguration). */
export interface FunctionSettings {
  runtime: string;
  role: string;
  handler: string;
  description: string;
  timeout: number;
  memorySize: number;
  environment: Record<string, string>;
}

const ROLE = /^arn:(aws[a-zA-Z-]*)?:iam::\d{12}:role\/?[a-zA-Z_0-9+=,.@\-_/]+$/;
const HANDLER = /^[^\s]{1,128}$/;

/** Keys AWS sets itself and refuses in a function's environment variables. */
const RESERVED_ENV = [
  '_HANDLER',
  '_X_AMZN_TRACE_ID',
  'AWS_DEFAULT_REGION',
  'AWS_REGION',
  'AWS_EXECUTION_ENV',
  'AWS_LAMBDA_FUNCTION_NAME',
  'AWS_LAMBDA_FUNCTION_MEMORY_SIZE',
  'AWS_LAMBDA_FUNCTION_VERSION',
  'AWS_LAMBDA_INITIALIZATION_TYPE',
  'AWS_LAMBDA_LOG_GROUP_NAME',
  'AWS_LAMBDA_LOG_STREAM_NAME',
  'AWS_ACCESS_KEY',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_LAMBDA_RUNTIME_API',
  'LAMBDA_TASK_ROOT',
  'LAMBDA_RUNTIME_DIR',
];

const SUPPORTED_RUNTIME = /^nodejs\d+\.x$/;

type Input = Record<string, unknown>;

/** Builds the settings of a new function from a CreateFunction body, with AWS's defaults. */
export function settingsFromCreate(body: Input): FunctionSettings {
  return validateSettings({
    runtime: expectString(body.Runtime, 'runtime'),
    role: expectString(body.Role, 'role'),
    handler: expectString(body.Handler, 'handler'),
    description: optionalString(body.Description, 'description') ?? '',
    timeout: optionalInteger(body.Timeout, 'timeout') ?? limits.defaultTimeoutSeconds,
    memorySize: optionalInteger(body.MemorySize, 'memorySize') ?? limits.defaultMemoryMb,
    environment: environmentOf(body.Environment) ?? {},
  });
}

/** Applies an UpdateFunctionConfiguration body: absent fields keep their value. */
export function settingsFromUpdate(current: FunctionSettings, body: Input): FunctionSettings {
  return validateSettings({
    runtime: optionalString(body.Runtime, 'runtime') ?? current.runtime,
    role: optionalString(body.Role, 'role') ?? current.role,
    handler: optionalString(body.Handler, 'handler') ?? current.handler,
    description: optionalString(body.Description, 'description') ?? current.description,
    timeout: optionalInteger(body.Timeout, 'timeout') ?? current.timeout,
    memorySize: optionalInteger(body.MemorySize, 'memorySize') ?? current.memorySize,
    environment: environmentOf(body.Environment) ?? current.environment,
  });
}

function validateSettings(s: FunctionSettings): FunctionSettings {
  if (!SUPPORTED_RUNTIME.test(s.runtime)) {
    throw new InvalidParameterValueError(
      `The runtime parameter of ${s.runtime} is not supported by lambda-local; use a Node.js runtime such as nodejs24.x.`,
    );
  }
  if (!ROLE.test(s.role)) {
    throw new InvalidParameterValueError(
      `1 validation error detected: Value '${s.role}' at 'role' failed to satisfy constraint: Member must satisfy regular expression pattern: arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+`,
    );
  }
  if (!HANDLER.test(s.handler)) {
    throw new InvalidParameterValueError(
      `1 validation error detected: Value '${s.handler}' at 'handler' failed to satisfy constraint: Member must satisfy regular expression pattern: [^\\s]+`,
    );
  }
  if (s.timeout < 1 || s.timeout > limits.maxTimeoutSeconds) {
    throw new InvalidParameterValueError(
      `1 validation error detected: Value '${s.timeout}' at 'timeout' failed to satisfy constraint: Member must have value between 1 and ${limits.maxTimeoutSeconds}`,
    );
  }
  if (s.memorySize < limits.minMemoryMb || s.memorySize > limits.maxMemoryMb) {
    throw new InvalidParameterValueError(
      `1 validation error detected: Value '${s.memorySize}' at 'memorySize' failed to satisfy constraint: Member must have value between ${limits.minMemoryMb} and ${limits.maxMemoryMb}`,
    );
  }
  const reserved = Object.keys(s.environment).filter((key) => RESERVED_ENV.includes(key));
  if (reserved.length > 0) {
    throw new InvalidParameterValueError(
      `Lambda was unable to configure your environment variables because the environment variables you have provided contains reserved keys that are currently not supported for modification. Reserved keys used in this request: ${reserved.join(',')}`,
    );
  }
  const envBytes = Buffer.byteLength(JSON.stringify(s.environment));
  if (envBytes > limits.environmentVariablesBytes) {
    throw new InvalidParameterValueError(
      `Lambda was unable to configure your environment variables because the environment variables you have provided exceeded the ${limits.environmentVariablesBytes / 1024}KB limit. String measured: ${envBytes}`,
    );
  }
  return s;
}

function expectString(value: unknown, field: string): string {
  if (typeof value === 'string' && value.length > 0) return value;
  throw new InvalidParameterValueError(
    `1 validation error detected: Value null at '${field}' failed to satisfy constraint: Member must not be null`,
  );
}

function optionalString(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  throw new InvalidParameterValueError(
    `Expected a string for ${field} but received ${JSON.stringify(value)}`,
  );
}

function optionalInteger(value: unknown, field: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  throw new InvalidParameterValueError(
    `Expected an integer for ${field} but received ${JSON.stringify(value)}`,
  );
}

function environmentOf(value: unknown): Record<string, string> | undefined {
  if (value === undefined || value === null) return undefined;
  const variables = (value as { Variables?: unknown }).Variables ?? {};
  if (typeof variables !== 'object' || variables === null) {
    throw new InvalidParameterValueError('Expected an object for Environment.Variables');
  }
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(variables)) {
    if (!/^[a-zA-Z]([a-zA-Z0-9_])*$/.test(key)) {
      throw new InvalidParameterValueError(
        `Environment variable name ${key} is not valid: use letters, digits and _ and start with a letter.`,
      );
    }
    out[key] = String(v);
  }
  return out;
}
