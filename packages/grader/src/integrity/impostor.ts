import { types } from 'node:util';

// Captured when the worker guard loads, before any learner code.
const { isProxy } = types;
const { ownKeys, getOwnPropertyDescriptor, getPrototypeOf } = Reflect;

const LIMIT = 10_000;

/**
 * Why a value from the learner's code could fool an equality matcher, or
 * undefined when it is plain data. Vitest's `equals` lets an object with an
 * `asymmetricMatch` method decide for itself whether it matches, and a Proxy
 * or a getter can answer one way to a first look and another to the
 * comparison; so such values are refused before comparing. The walk itself
 * runs no learner code: it reads descriptors, never values through getters,
 * and stops at a Proxy.
 */
export function impostorIn(value: unknown): 'proxy' | 'getter' | 'asymmetric-match' | undefined {
  const seen = new Set<object>();
  const queue: unknown[] = [value];
  while (queue.length > 0 && seen.size < LIMIT) {
    const item = queue.pop();
    if ((typeof item !== 'object' && typeof item !== 'function') || item === null) continue;
    if (seen.has(item)) continue;
    seen.add(item);
    if (isProxy(item)) return 'proxy';
    for (let proto = getPrototypeOf(item); proto; proto = getPrototypeOf(proto)) {
      if (isProxy(proto)) return 'proxy';
      if (getOwnPropertyDescriptor(proto, 'asymmetricMatch')) return 'asymmetric-match';
    }
    for (const key of ownKeys(item)) {
      const descriptor = getOwnPropertyDescriptor(item, key);
      if (!descriptor) continue;
      if (key === 'asymmetricMatch') return 'asymmetric-match';
      if (descriptor.get || descriptor.set) {
        if (key === 'stack' || typeof item === 'function') continue;
        return 'getter';
      }
      queue.push(descriptor.value);
    }
  }
  return undefined;
}
