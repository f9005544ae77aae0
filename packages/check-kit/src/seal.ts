import { createHmac, createSecretKey, type KeyObject, randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';
import { macInput, macOf, SEAL_SOCKET_VARIABLE, type SealFrame } from './seal-frames.ts';

/**
 * The worker side of the sealed results channel (see seal-frames.ts). It is
 * opened by the worker guard, before the check files and the learner's code
 * load, and everything it uses is captured then: code loaded later can break
 * the channel (then the checks count as failed) but cannot sign a frame.
 */
interface Channel {
  /** Resolves once the frame is handed to the operating system. */
  send(
    t: 'declare' | 'rerun' | 'result' | 'breach',
    id: string,
    status?: 'pass' | 'fail',
  ): Promise<void>;
}

let channel: Channel | undefined;

const stringify = JSON.stringify;
const hmac = createHmac;

/** Opens the channel for one check file; without the grader's socket (no `--strict`), does nothing. */
export async function openSeal(file: string): Promise<void> {
  const path = process.env[SEAL_SOCKET_VARIABLE];
  delete process.env[SEAL_SOCKET_VARIABLE];
  if (!path || channel) return;
  const raw = randomBytes(32);
  const key: KeyObject = createSecretKey(raw);
  const socket: Socket = await new Promise((resolve, reject) => {
    const s = connect(path, () => resolve(s));
    s.once('error', reject);
  });
  socket.unref();
  const write = socket.write.bind(socket);
  const hello: SealFrame = { t: 'hello', file, key: raw.toString('hex') };
  await new Promise<void>((resolve) => write(`${stringify(hello)}\n`, () => resolve()));
  raw.fill(0);
  let seq = 0;
  channel = {
    send(t, id, status) {
      seq += 1;
      const mac = macOf(key, macInput(seq, t, id, status), hmac);
      const line = `${stringify({ t, seq, id, ...(status ? { status } : {}), mac })}\n`;
      return new Promise<void>((resolve) => write(line, () => resolve()));
    },
  };
}

/** Tells the grader that the worker guard caught learner code at something (the run is refused). */
export function reportBreach(reason: string): Promise<void> {
  return channel ? channel.send('breach', reason) : Promise.resolve();
}

type CheckFn<C> = (context: C) => unknown | Promise<unknown>;

/**
 * Wraps a check so the worker reports, signed, that it was declared and how
 * it ended. A check declared twice, or run twice, is reported as such: the
 * grader then refuses the whole run.
 */
export function sealCheck<C>(id: string, fn: CheckFn<C>): CheckFn<C> {
  const open = channel;
  if (!open) return fn;
  void open.send('declare', id);
  let ran = false;
  return async (context: C) => {
    if (ran) {
      await open.send('rerun', id);
      throw new Error(`check ${id} ran twice`);
    }
    ran = true;
    let result: unknown;
    try {
      result = await fn(context);
    } catch (error) {
      await open.send('result', id, 'fail');
      throw error;
    }
    await open.send('result', id, 'pass');
    return result;
  };
}
