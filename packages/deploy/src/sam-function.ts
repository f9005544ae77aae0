import { readFileSync } from 'node:fs';
import type { Lang } from '@lambda-dojo/lang';
import { isMap, parseDocument } from 'yaml';
import { DeployError } from './errors.ts';
import { messagesFor } from './messages.ts';
import type { Architecture } from './native-package.ts';

/** What the grader deploys from a learner's SAM template: one AWS::Serverless::Function. */
export interface TemplateFunction {
  logicalId: string;
  /** `index.handler`. */
  handler: string;
  runtime?: string;
  memorySize?: number;
  timeout?: number;
  architecture: Architecture;
}

/** Parses the template's text; CloudFormation's short forms (`!Ref`, `!Sub`) are kept as they are. */
export function parseTemplate(text: string, lang: Lang) {
  const document = parseDocument(text, { prettyErrors: true });
  // Unknown tags (!Ref, !Sub...) only warn; a real YAML error stops here.
  if (document.errors.length > 0 || !isMap(document.contents)) {
    throw new DeployError(
      messagesFor(lang).templateUnreadable(
        document.errors[0]?.message ?? messagesFor(lang).templateNotMapping,
      ),
    );
  }
  return document;
}

/**
 * The template's one serverless function with the settings the grader deploys it with (memory,
 * timeout, architecture), `Globals.Function` filling what the function leaves out, as SAM does.
 */
export function readTemplateFunction(file: string, lang: Lang): TemplateFunction {
  const data = parseTemplate(readFileSync(file, 'utf8'), lang).toJS() as {
    Resources?: Record<string, { Type?: string; Properties?: Record<string, unknown> }>;
    Globals?: { Function?: Record<string, unknown> };
  };
  const functions = Object.entries(data.Resources ?? {}).filter(
    ([, resource]) => resource?.Type === 'AWS::Serverless::Function',
  );
  const [entry] = functions;
  if (functions.length !== 1 || entry === undefined) {
    throw new DeployError(messagesFor(lang).templateFunctionCount(functions.length));
  }
  const [logicalId, resource] = entry;
  const props = { ...(data.Globals?.Function ?? {}), ...(resource.Properties ?? {}) };
  const number = (value: unknown) => (typeof value === 'number' ? value : undefined);
  const architectures = props.Architectures;
  return {
    logicalId,
    handler: typeof props.Handler === 'string' ? props.Handler : 'index.handler',
    runtime: typeof props.Runtime === 'string' ? props.Runtime : undefined,
    memorySize: number(props.MemorySize),
    timeout: number(props.Timeout),
    architecture: Array.isArray(architectures) && architectures[0] === 'arm64' ? 'arm64' : 'x86_64',
  };
}
