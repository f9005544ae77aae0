import { afterEach, describe, expect, test, vi } from 'vitest';
import { liveStatus } from '../src/live-status.ts';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const start = (at: number) => ({
  event: 'start' as const,
  id: 'slow-check',
  timeoutMs: 5_000,
  at,
  title: { ko: '느린 체크', en: 'a slow check' },
});

describe('liveStatus', () => {
  test('in a pipe, prints one plain line for a slow check, saying how long the grader waits', () => {
    vi.useFakeTimers({ now: 0 });
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const lines: string[] = [];
    const status = liveStatus('en', (line) => lines.push(line), false);
    status.onEvent(start(0));
    vi.advanceTimersByTime(2_000);
    expect(lines).toEqual([]);
    vi.advanceTimersByTime(2_000);
    status.stop();
    expect(lines).toEqual([
      '⏳ The check "a slow check" has been running for 3 s. The grader waits up to 8 s, then stops it.',
    ]);
    expect(write).not.toHaveBeenCalled();
  });

  test('on a terminal, rewrites one line with the running check and clears it at the end', () => {
    vi.useFakeTimers({ now: 0 });
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    const status = liveStatus('ko', () => {}, true);
    status.onEvent(start(0));
    vi.advanceTimersByTime(400);
    status.stop();
    expect(written.at(-2)).toContain('⏳ 체크 0개 끝남 · 실행 중: 느린 체크 (0.4초)');
    expect(written.at(-1)).toBe('\r\u001b[2K');
  });
});
