import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { promisify } from 'node:util';
import { limits, toBytes } from '@lambda-dojo/lambda-facts';
import { writeZip, type ZipEntry } from '@lambda-dojo/lambda-local';
import type { Lang } from '@lambda-dojo/lang';
import { build } from 'esbuild';
import { DeployError } from './errors.ts';
import { messagesFor } from './messages.ts';
import { stagingLock } from './staging-lock.ts';

/** A Lambda instruction set architecture, as templates and the Lambda API spell it. */
export type Architecture = 'x86_64' | 'arm64';

/** The `--cpu` npm wants for each Lambda architecture. */
const NPM_CPU: Record<Architecture, string> = { x86_64: 'x64', arm64: 'arm64' };

/** The architecture of this machine, which lambda-local runs functions on. */
export function hostArchitecture(): Architecture {
  return process.arch === 'arm64' ? 'arm64' : 'x86_64';
}

export interface NativePackageOptions {
  /** The handler's source file; bundled into `index.mjs`. */
  entryFile: string;
  /** Packages kept out of the bundle and installed by npm for Linux on `architecture` (sharp). */
  nativeModules: readonly string[];
  architecture: Architecture;
  /** Where zips are kept, one per content; an unchanged handler reuses its zip. */
  cacheDir: string;
  lang: Lang;
}

export interface NativePackage {
  file: string;
  zip: Buffer;
  architecture: Architecture;
  zippedBytes: number;
  unzippedBytes: number;
  /** Top-level package folders under node_modules (e.g. `@img/sharp-linux-arm64`). */
  modules: string[];
  /** False when the zip came from the cache. */
  built: boolean;
}

const ZIPPED_MAX = toBytes(limits.deployment.zippedDirectUpload);
const UNZIPPED_MAX = toBytes(limits.deployment.unzippedWithLayers);

/**
 * Makes a Lambda deployment package with npm alone, as sharp documents for cross-platform
 * installs: the handler bundled by esbuild with the native packages left out, and those installed
 * in a staging folder by `npm install --os=linux --cpu=<arch> --libc=glibc`, which fetches the
 * prebuilt binaries for Lambda's platform whatever this machine is. No Docker, no SAM CLI.
 * Install scripts are not run (npm 11 skips most anyway); sharp needs none with prebuilt binaries.
 */
export async function buildNativePackage(options: NativePackageOptions): Promise<NativePackage> {
  const code = await bundle(options);
  const dependencies = Object.fromEntries(
    options.nativeModules.map((name) => [name, installedVersion(name, options.entryFile)]),
  );
  const manifest = `${JSON.stringify(
    {
      name: 'lambda-dojo-function',
      version: '1.0.0',
      private: true,
      type: 'module',
      description: 'Built by Lambda Dojo: the bundled handler and its native dependencies',
      dependencies,
    },
    null,
    2,
  )}\n`;
  const lock = stagingLock(options.entryFile, dependencies);
  const key = createHash('sha256')
    .update(code)
    .update(manifest)
    .update(lock ?? '')
    .update(options.architecture)
    .digest('hex')
    .slice(0, 16);
  const file = join(options.cacheDir, `lambda-${options.architecture}-${key}.zip`);
  if (existsSync(file) && existsSync(`${file}.json`)) {
    const listing = JSON.parse(readFileSync(`${file}.json`, 'utf8')) as Listing;
    return describe(file, readFileSync(file), listing, options.architecture, false);
  }

  const staging = mkdtempSync(join(tmpdir(), 'lambda-dojo-package-'));
  try {
    writeFileSync(join(staging, 'index.mjs'), code);
    writeFileSync(join(staging, 'package.json'), manifest);
    if (lock) writeFileSync(join(staging, 'package-lock.json'), lock);
    await npmInstall(staging, options, lock !== undefined);
    const entries = filesUnder(staging).map(
      (path): ZipEntry => ({ path, data: readFileSync(join(staging, path)) }),
    );
    const unzippedBytes = entries.reduce((sum, entry) => sum + entry.data.byteLength, 0);
    if (unzippedBytes > UNZIPPED_MAX) throw tooLarge('unzipped', unzippedBytes, options.lang);
    const zip = writeZip(entries);
    if (zip.byteLength > ZIPPED_MAX) throw tooLarge('zipped', zip.byteLength, options.lang);
    const listing: Listing = { unzippedBytes, modules: modulesOf(entries.map((e) => e.path)) };
    mkdirSync(options.cacheDir, { recursive: true });
    // Written under a temporary name first, so a run that stops half-way leaves no broken zip.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, zip);
    renameSync(partial, file);
    writeFileSync(`${file}.json`, `${JSON.stringify(listing)}\n`);
    // Older packages of the same architecture are of no more use: one zip per architecture stays.
    for (const old of readdirSync(options.cacheDir)) {
      const path = join(options.cacheDir, old);
      if (old.startsWith(`lambda-${options.architecture}-`) && !path.startsWith(file)) {
        rmSync(path, { force: true });
      }
    }
    return describe(file, zip, listing, options.architecture, true);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

async function bundle(options: NativePackageOptions): Promise<Uint8Array> {
  try {
    const result = await build({
      entryPoints: [options.entryFile],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node22',
      write: false,
      outfile: 'index.mjs',
      external: [...options.nativeModules],
      logLevel: 'silent',
      // Bundled CommonJS dependencies may call require() for Node built-ins.
      banner: {
        js: "import { createRequire as __lambdaDojoRequire } from 'node:module'; const require = __lambdaDojoRequire(import.meta.url);",
      },
    });
    const file = result.outputFiles.find((f) => f.path.endsWith('index.mjs'));
    if (!file) throw new Error('esbuild wrote no index.mjs');
    return file.contents;
  } catch (cause) {
    const detail = (
      cause as { errors?: { text: string; location?: { file: string; line: number } }[] }
    ).errors
      ?.map((e) => (e.location ? `${e.location.file}:${e.location.line}: ${e.text}` : e.text))
      .join('\n');
    throw new DeployError(
      messagesFor(options.lang).bundleFailed(options.entryFile, detail ?? String(cause)),
      { cause },
    );
  }
}

/** The version of `name` installed for the entry file (the nearest node_modules up the tree). */
function installedVersion(name: string, entryFile: string): string {
  for (let dir = dirname(entryFile); ; dir = dirname(dir)) {
    const manifest = join(dir, 'node_modules', name, 'package.json');
    if (existsSync(manifest)) {
      return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
    }
    if (dirname(dir) === dir) {
      throw new DeployError(`${name} is not installed above ${entryFile}: run npm install first.`);
    }
  }
}

async function npmInstall(
  staging: string,
  options: NativePackageOptions,
  locked: boolean,
): Promise<void> {
  const args = [
    // With a lockfile: exactly the course's versions, no registry metadata needed.
    locked ? 'ci' : 'install',
    `--os=linux`,
    `--cpu=${NPM_CPU[options.architecture]}`,
    '--libc=glibc',
    '--omit=dev',
    '--ignore-scripts',
    ...(locked ? [] : ['--no-package-lock']),
    '--no-audit',
    '--no-fund',
    // Uses npm's cache when it holds the tarballs (it does after npm ci), so it works offline.
    '--prefer-offline',
    '--loglevel=error',
  ];
  // Under `npm run`, npm_execpath names the npm that runs us; else the one on the PATH.
  const npmCli = process.env.npm_execpath;
  const [command, commandArgs] =
    npmCli?.endsWith('.js') || npmCli?.endsWith('.cjs')
      ? [process.execPath, [npmCli, ...args]]
      : [process.platform === 'win32' ? 'npm.cmd' : 'npm', args];
  try {
    await promisify(execFile)(command, commandArgs, {
      cwd: staging,
      timeout: 300_000,
      shell: process.platform === 'win32',
      env: stagingEnv(),
    });
  } catch (cause) {
    const stderr = String((cause as { stderr?: string }).stderr ?? cause).trim();
    throw new DeployError(
      messagesFor(options.lang).nativeInstallFailed(
        options.nativeModules.join(', '),
        `linux-${NPM_CPU[options.architecture]}`,
        stderr,
      ),
      { cause },
    );
  }
}

/** This process's environment without the workspace npm passes down to `npm run -w`. */
function stagingEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_config_(workspace|workspaces|include_workspace_root)$/i.test(key)) delete env[key];
  }
  return env;
}

/** Every file under `dir`, relative, with `/` separators, in a stable order. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(dir, path)).isFile())
    .map((path) => path.split(sep).join('/'))
    .sort();
}

interface Listing {
  unzippedBytes: number;
  modules: string[];
}

/** The top-level packages of node_modules (`sharp`, `@img/sharp-linux-arm64`). */
function modulesOf(paths: readonly string[]): string[] {
  const names = paths
    .filter((path) => path.startsWith('node_modules/'))
    .map((path) => {
      const parts = path.split('/');
      return parts[1]?.startsWith('@') ? `${parts[1]}/${parts[2]}` : (parts[1] ?? '');
    });
  return [...new Set(names)].sort();
}

function describe(
  file: string,
  zip: Buffer,
  listing: Listing,
  architecture: Architecture,
  built: boolean,
): NativePackage {
  return { file, zip, architecture, zippedBytes: zip.byteLength, ...listing, built };
}

function tooLarge(kind: 'zipped' | 'unzipped', bytes: number, lang: Lang): DeployError {
  const mb = (n: number) => (n / 1024 ** 2).toFixed(1);
  const max = kind === 'zipped' ? ZIPPED_MAX : UNZIPPED_MAX;
  return new DeployError(messagesFor(lang).packageTooLarge(kind, mb(bytes), mb(max)));
}
