import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import type { Board } from '../src/board.ts';
import { parseClassroomOptions } from '../src/cli.ts';

const bin = fileURLToPath(new URL('../src/bin/classroom.ts', import.meta.url));
const graderCli = fileURLToPath(new URL('../../grader/bin/cli.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'dojo-classroom-'));
const env = { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', LAMBDA_DOJO_STATE_DIR: dir };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Started {
  child: ChildProcess;
  output: string;
  code: string;
  url: string;
  key: string;
}

/** Starts `npm run classroom` on a random loopback port and reads what it prints. */
function startBoard(): Promise<Started> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', bin, '--port', '0', '--db', join(dir, 'class.sqlite'), '--lang', 'en'],
    { env },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`board did not start:\n${output}`)), 30_000);
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (!output.includes('Ctrl+C to stop.')) return;
      clearTimeout(timer);
      const page = /Instructor page: (http:\/\/127\.0\.0\.1:\d+)\/\?key=([\w-]+)&lang=en/.exec(
        output,
      );
      const code = /Join code: +([A-Z0-9]{6})/.exec(output);
      if (!page || !code) return reject(new Error(`unexpected output:\n${output}`));
      resolve({ child, output, code: code[1] ?? '', url: page[1] ?? '', key: page[2] ?? '' });
    });
  });
}

function stopBoard(board: Started): Promise<string> {
  return new Promise((resolve) => {
    let tail = '';
    board.child.stdout?.on('data', (chunk) => {
      tail += chunk;
    });
    board.child.on('exit', () => resolve(tail));
    board.child.kill('SIGTERM');
  });
}

function grade(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [graderCli, 'grade', ...args],
      { env, timeout: 60_000 },
      (error, stdout, stderr) => {
        resolve({
          code: error ? Number((error as { code?: number }).code ?? -1) : 0,
          stdout,
          stderr,
        });
      },
    );
  });
}

async function rows(board: Started) {
  const res = await fetch(`${board.url}/api/board?key=${board.key}`);
  return ((await res.json()) as Board).rows;
}

describe('npm run classroom', () => {
  test('binds to loopback, takes a real grader submission and keeps it across a restart', async () => {
    const first = await startBoard();
    expect(first.output).toContain('Only this computer (127.0.0.1) can connect.');
    expect(first.output).toContain(
      `npm run grade lab-1 -- --strict --submit ${first.url} --code ${first.code} --name your-name`,
    );

    const graded = await grade([
      'lab-1',
      '--strict',
      '--submit',
      first.url,
      '--code',
      first.code,
      '--name',
      '민지 <b>',
    ]);

    expect(graded.stdout).toContain(
      "Submitted. Your instructor's board now shows the result of 민지 <b>.",
    );
    const before = await rows(first);
    expect(before.map((r) => r.name)).toEqual(['민지 <b>']);
    expect(before[0]?.cells['lab-1']?.maxScore).toBe(100);
    // The starter fails; the board verified that its own grader said so, with the board's checks.
    expect(before[0]?.cells['lab-1']).toMatchObject({ status: 'fail', verification: 'verified' });
    expect(first.output).toContain(
      "Verifying:       --strict results' checks against this computer's course",
    );
    expect(await stopBoard(first)).toContain('The class board is closed.');

    const second = await startBoard();
    try {
      expect(second.code).toBe(first.code);
      expect(second.key).toBe(first.key);
      expect(await rows(second)).toEqual(before);
    } finally {
      await stopBoard(second);
    }
  });
});

describe('classroom options', () => {
  test('listen on 127.0.0.1 unless --public asks for the classroom network', () => {
    expect(parseClassroomOptions([], {}).host).toBe('127.0.0.1');
    expect(parseClassroomOptions(['--public'], {}).host).toBe('0.0.0.0');
    expect(parseClassroomOptions([], {}).port).toBe(4848);
  });

  test('refuse a port out of range and --public together with --host', () => {
    expect(() => parseClassroomOptions(['--port', '70000'], {})).toThrow(
      'expected a port from 0 to 65535 for --port but received 70000',
    );
    expect(() => parseClassroomOptions(['--public', '--host', '10.0.0.1'], {})).toThrow(
      'expected either --public or --host, not both',
    );
  });
});
