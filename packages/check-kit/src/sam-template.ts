// Reads a SAM template the way CloudFormation does: short-form intrinsic functions (!Ref, !Sub,
// !GetAtt...) become their long form ({ Ref: ... }, { "Fn::Sub": ... }), so a check can look at
// the values without knowing which spelling the learner chose. Labs 7, 8 and 9 read their
// templates with it: `@lambda-dojo/check-kit/sam-template` (a subpath, so checks that read no
// template do not load the YAML parser).

import { readFileSync } from 'node:fs';
import { parseDocument, type Tags, type YAMLMap, type YAMLSeq } from 'yaml';
import { TemplateError } from './errors.ts';

export { TemplateError };

const FUNCTIONS = [
  'Base64',
  'Cidr',
  'FindInMap',
  'GetAtt',
  'GetAZs',
  'ImportValue',
  'Join',
  'Select',
  'Split',
  'Sub',
  'Transform',
  'And',
  'Equals',
  'If',
  'Not',
  'Or',
] as const;

const longForm = (name: string, value: unknown): Record<string, unknown> => {
  if (name === 'Ref') return { Ref: value };
  if (name === 'Condition') return { Condition: value };
  // !GetAtt Resource.Attribute is the long form's [Resource, Attribute].
  if (name === 'GetAtt' && typeof value === 'string') {
    const dot = value.indexOf('.');
    return { 'Fn::GetAtt': [value.slice(0, dot), value.slice(dot + 1)] };
  }
  return { [`Fn::${name}`]: value };
};

/** One custom tag per short form, for scalars, sequences and mappings alike. */
const cloudFormationTags: Tags = ['Ref', 'Condition', ...FUNCTIONS].flatMap((name) => [
  {
    tag: `!${name}`,
    resolve: (text: string) => longForm(name, text),
  },
  {
    tag: `!${name}`,
    collection: 'seq' as const,
    resolve: (seq: unknown) => longForm(name, (seq as YAMLSeq).toJSON()),
  },
  {
    tag: `!${name}`,
    collection: 'map' as const,
    resolve: (map: unknown) => longForm(name, (map as YAMLMap).toJSON()),
  },
]);

export interface SamTemplate {
  /** The template as plain data, intrinsic functions in long form. */
  data: Record<string, unknown>;
  /** The template's lines, to read the comments next to a property. */
  lines: string[];
}

/** Parses a template file; a YAML error names the line. */
export function readSamTemplate(file: string | URL): SamTemplate {
  const text = readFileSync(file, 'utf8');
  const document = parseDocument(text, { customTags: cloudFormationTags, prettyErrors: true });
  if (document.errors.length > 0) {
    throw new TemplateError(`template.yaml is not valid YAML: ${document.errors[0]?.message}`);
  }
  const data = document.toJS() as unknown;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new TemplateError('template.yaml must be a mapping with Resources');
  }
  return { data: data as Record<string, unknown>, lines: text.split(/\r?\n/) };
}

export const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

/** The template's resources of one type, by logical id. */
export function resourcesOfType(
  template: SamTemplate,
  type: string,
): [string, Record<string, unknown>][] {
  return Object.entries(asRecord(template.data.Resources))
    .map(([id, resource]) => [id, asRecord(resource)] as [string, Record<string, unknown>])
    .filter(([, resource]) => resource.Type === type);
}

/**
 * A function property, or the Globals.Function value when the function does not set it (as SAM
 * merges them).
 */
export function functionProperty(
  template: SamTemplate,
  fn: Record<string, unknown>,
  name: string,
): unknown {
  const own = asRecord(fn.Properties)[name];
  if (own !== undefined) return own;
  return asRecord(asRecord(template.data.Globals).Function)[name];
}

/**
 * The comment that explains a property: on its own line (`Timeout: 29 # ...`) or on the comment
 * lines right above it, leaving out TODO notes. Empty when there is none.
 */
export function commentFor(template: SamTemplate, property: string): string {
  const at = template.lines.findIndex((line) => new RegExp(`^\\s*${property}\\s*:`).test(line));
  if (at < 0) return '';
  const comments: string[] = [];
  const inline = template.lines[at]?.match(/\s#\s*(.*)$/);
  if (inline?.[1]) comments.push(inline[1]);
  for (let i = at - 1; i >= 0; i--) {
    const match = template.lines[i]?.match(/^\s*#\s?(.*)$/);
    if (!match) break;
    comments.unshift(match[1] ?? '');
  }
  // The starter's own TODO notes do not count as an explanation.
  return comments
    .filter((comment) => !/^\s*TODO\b/.test(comment))
    .join(' ')
    .trim();
}
