// The Vitest config StrykerJS runs a lab's checks with (`npm run mutation`), inside its sandbox:
// `@lab/...` resolves to the sandbox's copy of the reference solution, as `--solution` does.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const folder = process.env.DOJO_MUTATION_LAB ?? '';
const checks = (process.env.DOJO_MUTATION_CHECKS ?? '').split(',').filter(Boolean);

export default defineConfig({
  root,
  resolve: { alias: [{ find: /^@lab\//, replacement: `${root}solutions/${folder}/src/` }] },
  test: {
    include: checks.map((file) => `labs/${folder}/${file}`),
    testTimeout: 10_000,
    hookTimeout: 10_000,
    // What the grader sets for --solution: checks that read src/ files (template.yaml) or
    // import the handler themselves find the sandbox's solution.
    env: { LAMBDA_DOJO_SRC_DIR: `${root}solutions/${folder}/src` },
  },
});
