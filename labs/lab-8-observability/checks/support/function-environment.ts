import {
  asRecord,
  functionProperty,
  readSamTemplate,
  resourcesOfType,
} from '@lambda-dojo/check-kit/sam-template';

/**
 * The environment variables the learner's template gives the function, so that the checks
 * run it configured as `sam deploy` would. A template that does not parse gives none (its own
 * check says why).
 */
export function templateEnvironment(file: string): Record<string, string> {
  try {
    const template = readSamTemplate(file);
    const [first] = resourcesOfType(template, 'AWS::Serverless::Function');
    if (!first) return {};
    const variables = asRecord(
      asRecord(functionProperty(template, first[1], 'Environment')).Variables,
    );
    return Object.fromEntries(
      Object.entries(variables)
        .filter(([, value]) => ['string', 'number', 'boolean'].includes(typeof value))
        .map(([key, value]) => [key, String(value)]),
    );
  } catch {
    return {};
  }
}
