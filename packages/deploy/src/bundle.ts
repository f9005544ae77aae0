import { writeZip } from '@lambda-dojo/lambda-local';
import { build } from 'esbuild';
import { DeployError } from './errors.ts';

export interface BundleOptions {
  /** Absolute path of the handler's source file (TypeScript or JavaScript). */
  entryFile: string;
}

/**
 * Bundles a handler and everything it imports into one ES module,
 * `index.mjs`, zipped: the deployment package of a `index.<export>` handler.
 */
export async function bundleHandler(options: BundleOptions): Promise<Uint8Array> {
  let code: Uint8Array;
  try {
    const result = await build({
      entryPoints: [options.entryFile],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      write: false,
      outfile: 'index.mjs',
      logLevel: 'silent',
      // Bundled CommonJS dependencies may call require() for Node built-ins.
      banner: {
        js: "import { createRequire as __lambdaDojoRequire } from 'node:module'; const require = __lambdaDojoRequire(import.meta.url);",
      },
    });
    const file = result.outputFiles.find((f) => f.path.endsWith('index.mjs'));
    if (!file) throw new Error('esbuild wrote no index.mjs');
    code = file.contents;
  } catch (cause) {
    const detail = (
      cause as { errors?: { text: string; location?: { file: string; line: number } }[] }
    ).errors
      ?.map((e) => (e.location ? `${e.location.file}:${e.location.line}: ${e.text}` : e.text))
      .join('\n');
    throw new DeployError(`Could not bundle ${options.entryFile}:\n${detail ?? String(cause)}`, {
      cause,
    });
  }
  return writeZip([{ path: 'index.mjs', data: code }]);
}
