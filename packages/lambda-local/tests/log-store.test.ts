import { describe, expect, it } from 'vitest';
import { LogStore } from '../src/logs/log-store.ts';
import { LogStreamWriter, logStreamName } from '../src/logs/stream-writer.ts';

const messages = (store: LogStore, group = 'g', stream = 's') => {
  const s = store.group(group)?.streams.get(stream);
  return s ? store.eventsOf(s).map((e) => e.message) : [];
};

describe('LogStreamWriter', () => {
  it('makes one event per line, whatever the chunks', () => {
    const store = new LogStore({ maxBytes: 1024 });
    const writer = new LogStreamWriter(store, 'g', 's', 1024);
    writer.write('one\ntw');
    writer.write('o\nthree');
    expect(messages(store)).toEqual(['one\n', 'two\n']);
    writer.line('END RequestId: x');
    expect(messages(store)).toEqual(['one\n', 'two\n', 'three', 'END RequestId: x\n']);
  });

  it('cuts a line longer than an event may be, without waiting for its end', () => {
    const store = new LogStore({ maxBytes: 10_000 });
    const writer = new LogStreamWriter(store, 'g', 's', 30);
    writer.write('a'.repeat(25));
    expect(messages(store)).toEqual(['a'.repeat(10), 'a'.repeat(10)]);
  });

  it('names streams as Lambda does', () => {
    const at = new Date('2026-03-04T23:59:00Z');
    expect(logStreamName('$LATEST', '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0', at)).toBe(
      '2026/03/04/[$LATEST]0f1e2d3c4b5a69788796a5b4c3d2e1f0',
    );
    expect(logStreamName('3', 'ab', at)).toBe('2026/03/04/[3]ab');
  });
});

describe('LogStore', () => {
  it('drops the oldest events of the whole store past its byte bound', () => {
    const store = new LogStore({ maxBytes: 100 });
    for (let i = 0; i < 1000; i++) store.put(i % 2 ? 'g' : 'h', 's', `${String(i).padStart(9)}\n`);
    expect(store.bytes).toBeLessThanOrEqual(100);
    const kept = [...messages(store, 'g'), ...messages(store, 'h')]
      .map(Number)
      .sort((a, b) => a - b);
    expect(kept).toEqual([990, 991, 992, 993, 994, 995, 996, 997, 998, 999]);
    expect(store.group('g')?.storedBytes).toBe(50);
  });
});
