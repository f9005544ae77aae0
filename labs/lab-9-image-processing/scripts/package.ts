// Packages the handler for `sam build`: src/handler.ts and everything it imports (image-core,
// lambda-facts) bundled into build/index.mjs, with sharp left out of the bundle and listed in
// build/package.json instead. sharp loads a native library for one platform, so it must be
// installed for the function's architecture: `sam build --use-container` runs `npm install` in
// an arm64 Lambda build image and gets @img/sharp-linux-arm64.
//
//   npm run package -w @lambda-dojo/lab-9-image-processing

import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const lab = new URL('../', import.meta.url);
const out = new URL('build/', lab);
const sharpVersion = (
  JSON.parse(readFileSync(new URL('../../node_modules/sharp/package.json', lab), 'utf8')) as {
    version: string;
  }
).version;

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const result = await build({
  entryPoints: [new URL('src/handler.ts', lab).pathname],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  outfile: new URL('index.mjs', out).pathname,
  external: ['sharp'],
  metafile: true,
  logLevel: 'warning',
  // Bundled CommonJS code may call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __labRequire } from 'node:module'; const require = __labRequire(import.meta.url);",
  },
});
writeFileSync(
  new URL('package.json', out),
  `${JSON.stringify(
    {
      name: 'lambda-dojo-image-processing',
      version: '1.0.0',
      private: true,
      description: 'Built by npm run package: the bundled handler and the one native dependency',
      dependencies: { sharp: sharpVersion },
    },
    null,
    2,
  )}\n`,
);
const bytes = Object.values(result.metafile.outputs).reduce((sum, file) => sum + file.bytes, 0);
console.log(
  `build/index.mjs (${Math.round(bytes / 1024)} KB) and build/package.json (sharp ${sharpVersion}).`,
);
console.log('Next: sam build --use-container --template src/template.yaml && sam deploy --guided');
