import { z } from 'zod';
import { labManifestSchema } from './manifest.ts';

/** The manifest schema as JSON Schema, for editors (`"$schema"` in lab.json). */
export function manifestJsonSchema(): string {
  const schema = z.toJSONSchema(labManifestSchema, { io: 'input' });
  return `${JSON.stringify({ ...schema, title: 'Lambda Dojo lab manifest (lab.json)' }, null, 2)}\n`;
}
