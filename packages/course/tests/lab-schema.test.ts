import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { manifestJsonSchema } from '../src/manifest-json-schema.ts';

test('the committed lab.schema.json matches the zod schema (npm run schema regenerates it)', () => {
  const committed = readFileSync(new URL('../lab.schema.json', import.meta.url), 'utf8');
  // Compared as data: the formatter may lay the committed file out differently.
  expect(JSON.parse(committed)).toEqual(JSON.parse(manifestJsonSchema()));
});
