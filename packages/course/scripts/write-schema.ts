// Regenerates lab.schema.json from the zod schema: npm run schema -w @lambda-dojo/course
import { writeFileSync } from 'node:fs';
import { manifestJsonSchema } from '../src/manifest-json-schema.ts';

writeFileSync(new URL('../lab.schema.json', import.meta.url), manifestJsonSchema());
