import { InvalidParameterValueError } from './errors.ts';
import { limits } from './limits.ts';
import { Violations } from './validation.ts';

export type Architecture = 'x86_64' | 'arm64';

/** The settings of a function a user can choose (CreateFunction / UpdateFunctionConfiguration). */
export interface FunctionSettings {
  runtime: string;
  role: string;
  handler: string;
  description: string;
  timeout: number;
  memorySize: number;
  environment: Record<string, string>;
  architectures: Architecture[];
}

const ROLE = /^arn:(aws[a-zA-Z-]*)?:iam::\d{12}:role\/?[a-zA-Z_0-9+=,.@\-_/]+$/;
const ROLE_SHOWN = 'arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+';
const HANDLER = /^[^\s]+$/;

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

/** Runtimes lambda-local runs: Node.js on the host's node, and custom runtimes (a `bootstrap`). */
export const NODE_RUNTIMES = ['nodejs18.x', 'nodejs20.x', 'nodejs22.x', 'nodejs24.x'];
export const CUSTOM_RUNTIMES = ['provided.al2', 'provided.al2023'];
/** Runtimes AWS no longer lets anyone create or update functions with. */
const DEPRECATED = [
  'nodejs',
  'nodejs4.3',
  'nodejs4.3-edge',
  'nodejs6.10',
  'nodejs8.10',
  'nodejs10.x',
  'nodejs12.x',
  'nodejs14.x',
  'nodejs16.x',
  'provided',
];

type Input = Record<string, unknown>;

/** Builds the settings of a new function from a CreateFunction body, with AWS's defaults. */
export function settingsFromCreate(body: Input): FunctionSettings {
  const v = new Violations();
  const settings: FunctionSettings = {
    runtime: requiredString(body.Runtime, 'runtime', v),
    role: requiredString(body.Role, 'role', v),
    handler: requiredString(body.Handler, 'handler', v),
    description: optionalString(body.Description, 'description') ?? '',
    timeout: optionalInteger(body.Timeout, 'timeout') ?? limits.defaultTimeoutSeconds,
    memorySize: optionalInteger(body.MemorySize, 'memorySize') ?? limits.defaultMemoryMb,
    environment: environmentOf(body.Environment) ?? {},
    architectures: architecturesOf(body.Architectures, v) ?? ['x86_64'],
  };
  return validateSettings(settings, v);
}

/** Applies an UpdateFunctionConfiguration body: absent fields keep their value. */
export function settingsFromUpdate(current: FunctionSettings, body: Input): FunctionSettings {
  const v = new Violations();
  return validateSettings(
    {
      runtime: optionalString(body.Runtime, 'runtime') ?? current.runtime,
      role: optionalString(body.Role, 'role') ?? current.role,
      handler: optionalString(body.Handler, 'handler') ?? current.handler,
      description: optionalString(body.Description, 'description') ?? current.description,
      timeout: optionalInteger(body.Timeout, 'timeout') ?? current.timeout,
      memorySize: optionalInteger(body.MemorySize, 'memorySize') ?? current.memorySize,
      environment: environmentOf(body.Environment) ?? current.environment,
      architectures: current.architectures,
    },
    v,
  );
}

/** UpdateFunctionCode may change the architecture. */
export function architecturesOf(value: unknown, v: Violations): Architecture[] | undefined {
  if (value === undefined || value === null) return undefined;
  const list = Array.isArray(value) ? value : [value];
  if (list.length !== 1) {
    v.add(JSON.stringify(list), 'architectures', 'Member must have length less than or equal to 1');
    return undefined;
  }
  const [arch] = list;
  if (arch !== 'x86_64' && arch !== 'arm64') {
    v.add(
      `[${String(arch)}]`,
      'architectures',
      'Member must satisfy constraint: [Member must satisfy enum value set: [x86_64, arm64]]',
    );
    return undefined;
  }
  return [arch];
}

function validateSettings(s: FunctionSettings, v: Violations): FunctionSettings {
  if (s.role) v.pattern(s.role, 'role', ROLE, ROLE_SHOWN);
  if (s.handler) {
    v.pattern(s.handler, 'handler', HANDLER, '[^\\s]+');
    if (s.handler.length > 128)
      v.add(s.handler, 'handler', 'Member must have length less than or equal to 128');
  }
  if (s.description.length > 256) {
    v.add(s.description, 'description', 'Member must have length less than or equal to 256');
  }
  v.range(s.timeout, 'timeout', 1, limits.maxTimeoutSeconds);
  v.range(s.memorySize, 'memorySize', limits.minMemoryMb, limits.maxMemoryMb);
  v.throwIfAny();
  if (DEPRECATED.includes(s.runtime)) {
    throw new InvalidParameterValueError(
      `The runtime parameter of ${s.runtime} is no longer supported for creating or updating AWS Lambda functions. We recommend you use a supported runtime while creating or updating functions.`,
    );
  }
  if (!NODE_RUNTIMES.includes(s.runtime) && !CUSTOM_RUNTIMES.includes(s.runtime)) {
    throw new InvalidParameterValueError(
      `The runtime parameter of ${s.runtime} is not supported by lambda-local; use ${[...NODE_RUNTIMES, ...CUSTOM_RUNTIMES].join(', ')}.`,
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

/** lambda-local has no layers, so every layer is one that does not exist. */
export function refuseLayers(value: unknown): void {
  if (value === undefined || value === null) return;
  const layers = Array.isArray(value) ? value : [value];
  const [first] = layers;
  if (first !== undefined) {
    throw new InvalidParameterValueError(`Layer version ${String(first)} does not exist.`);
  }
}

function requiredString(value: unknown, field: string, v: Violations): string {
  if (typeof value === 'string' && value.length > 0) return value;
  if (value === undefined || value === null) v.add(null, field, 'Member must not be null');
  else v.add(value, field, 'Member must have length greater than or equal to 1');
  return '';
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
