// Regenerates lab.schema.json from the zod schema: npm run schema -w @lambda-dojo/grader
import { writeFileSync } from 'node:fs';
import { manifestJsonSchema } from '@lambda-dojo/course';

writeFileSync(new URL('../lab.schema.json', import.meta.url), manifestJsonSchema());
