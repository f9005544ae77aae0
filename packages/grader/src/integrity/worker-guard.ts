/**
 * `--strict`: the first module of every worker, loaded by Vitest before the
 * check file and so before any learner code (a Vitest setup file). It opens
 * the sealed results channel and locks what the checks' verdicts rest on,
 * so code loaded later cannot change them:
 *
 * - the assertion library: chai's `Assertion` (every matcher), `expect`
 *   itself, its matcher registry and its custom equality testers, so
 *   `expect.extend`, `expect.addEqualityTesters` and patching a matcher throw;
 * - the built-in functions comparisons use (`Object.is`, `Object.keys`,
 *   `Array.isArray`, `Reflect`, `JSON`, ...);
 * - `process.send` and `process._send`, the worker's channel to Vitest.
 *
 * It cannot stop code that reaches below JavaScript; the permission model
 * (strict-run.ts) closes the doors to that it can. The grader README lists
 * what remains.
 */
import { chai, expect } from 'vitest';
import '@lambda-dojo/check-kit';
import { openSeal, reportBreach } from '@lambda-dojo/check-kit/seal';
import { PRELOAD_VARIABLE, TRUSTED_MATCHERS } from '@lambda-dojo/check-kit/seal-frames';
import { impostorIn } from './impostor.ts';

const JEST_MATCHERS_OBJECT = Symbol.for('$$jest-matchers-object');

function lockProperty(target: object, key: PropertyKey): void {
  const descriptor = Object.getOwnPropertyDescriptor(target, key);
  if (!descriptor) return;
  if ('value' in descriptor) descriptor.writable = false;
  descriptor.configurable = false;
  Object.defineProperty(target, key, descriptor);
}

/** Matchers that compare with Vitest's `equals`, which an impostor value can fool. */
const EQUALITY_MATCHERS = ['toEqual', 'toStrictEqual', 'toMatchObject', 'toContainEqual'];

/** Refuses, before comparing, a value from learner code that could fool `equals` (impostor.ts). */
function guardEqualityMatchers(): void {
  const proto = chai.Assertion.prototype as unknown as Record<string, unknown>;
  const flag = chai.util.flag;
  for (const name of EQUALITY_MATCHERS) {
    const original = proto[name];
    if (typeof original !== 'function') continue;
    Object.defineProperty(proto, name, {
      value: function guarded(this: object, ...args: unknown[]) {
        const impostor = impostorIn(flag(this, 'object'));
        if (impostor) {
          void reportBreach(`impostor-value (${impostor})`);
          throw new Error(`${name}: the value under test is not plain data (${impostor})`);
        }
        return original.apply(this, args);
      },
    });
  }
}

function lockAssertions(): void {
  Object.freeze(chai.Assertion.prototype);
  Object.freeze(chai.Assertion);
  Object.freeze(chai.util);
  Object.freeze(chai.config);
  Object.freeze(expect);
  lockProperty(globalThis, JEST_MATCHERS_OBJECT);
  const registry = (globalThis as Record<symbol, unknown>)[JEST_MATCHERS_OBJECT] as {
    matchers: object;
    customEqualityTesters: unknown[];
  };
  Object.freeze(registry.matchers);
  Object.freeze(registry.customEqualityTesters);
}

function lockBuiltins(): void {
  for (const builtin of [Object, Reflect, JSON, Array, Number, String, Symbol]) {
    Object.freeze(builtin);
  }
  for (const key of ['call', 'apply', 'bind'] as const) lockProperty(Function.prototype, key);
  for (const key of ['hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable'] as const) {
    lockProperty(Object.prototype, key);
  }
}

function lockProcessChannel(): void {
  for (const key of ['send', '_send'] as const) lockProperty(process, key);
}

const testPath = expect.getState().testPath;
if (!testPath) throw new Error('the worker guard runs as a Vitest setup file');
await openSeal(testPath);
// Matcher packages the checks import extend `expect`: load them before it is locked.
const preload = (process.env[PRELOAD_VARIABLE] ?? '').split(',');
delete process.env[PRELOAD_VARIABLE];
for (const name of TRUSTED_MATCHERS) if (preload.includes(name)) await import(name);
guardEqualityMatchers();
lockAssertions();
lockBuiltins();
lockProcessChannel();
