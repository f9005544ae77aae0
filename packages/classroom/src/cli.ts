import { networkInterfaces } from 'node:os';
import { parseArgs } from 'node:util';
import { detectLang } from '@lambda-dojo/lang';
import { ClassroomUsageError } from './errors.ts';
import { isLang, type Lang } from './messages.ts';

export interface ClassroomOptions {
  host: string;
  port: number;
  db?: string;
  newCode: boolean;
  lang: Lang;
  help: boolean;
}

/** The one language detection of the course (`@lambda-dojo/lang`). */
export { detectLang };

export function parseClassroomOptions(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
): ClassroomOptions {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        public: { type: 'boolean' },
        host: { type: 'string' },
        port: { type: 'string' },
        db: { type: 'string' },
        'new-code': { type: 'boolean' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new ClassroomUsageError((error as Error).message, { cause: error });
  }
  const lang = (values.lang as string | undefined) ?? detectLang(env);
  if (!isLang(lang))
    throw new ClassroomUsageError(`expected ko or en for --lang but received ${lang}`);
  const port = values.port === undefined ? 4848 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ClassroomUsageError(
      `expected a port from 0 to 65535 for --port but received ${values.port}`,
    );
  }
  if (values.public && values.host) {
    throw new ClassroomUsageError('expected either --public or --host, not both');
  }
  return {
    host: values.public ? '0.0.0.0' : ((values.host as string | undefined) ?? '127.0.0.1'),
    port,
    ...(values.db ? { db: values.db as string } : {}),
    newCode: Boolean(values['new-code']),
    lang,
    help: Boolean(values.help),
  };
}

/** Addresses learners can reach: loopback when bound there, else this machine's LAN IPv4s. */
export function reachableHosts(host: string): string[] {
  if (host !== '0.0.0.0' && host !== '::') return [host.includes(':') ? `[${host}]` : host];
  const found: string[] = [];
  for (const list of Object.values(networkInterfaces())) {
    for (const address of list ?? []) {
      if (address.family === 'IPv4' && !address.internal) found.push(address.address);
    }
  }
  return found.length ? found : ['127.0.0.1'];
}
