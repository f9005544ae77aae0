import { join, relative } from 'node:path';
import { coursePaths } from '@lambda-dojo/course';
import { detectLang, parseClassroomOptions, reachableHosts } from '../cli.ts';
import { courseChecks, courseLabs } from '../course-labs.ts';
import { ClassroomUsageError } from '../errors.ts';
import { newInstructorKey, newJoinCode } from '../join-code.ts';
import { learnerCommand } from '../learner-command.ts';
import { cliMessages } from '../messages.ts';
import { buildServer } from '../server.ts';
import { BoardStore } from '../store.ts';

const { repoRoot, courseDir } = coursePaths();
const say = (line: string) => process.stdout.write(`${line}\n`);

let options: ReturnType<typeof parseClassroomOptions>;
try {
  options = parseClassroomOptions(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof ClassroomUsageError)) throw error;
  const m = cliMessages(detectLang());
  process.stderr.write(`${m.badOption(error.message)}\n\n${m.help}\n`);
  process.exit(2);
}
const m = cliMessages(options.lang);
if (options.help) {
  say(m.help);
  process.exit(0);
}

const dbFile = options.db ?? join(repoRoot, '.lambda-dojo', 'classroom.sqlite');
const store = new BoardStore(dbFile);
const code = options.newCode ? newJoinCode() : store.setting('join-code', newJoinCode);
if (options.newCode) store.replaceSetting('join-code', code);
const instructorKey = store.setting('instructor-key', newInstructorKey);
const { labs, skipped } = courseLabs(courseDir);
for (const problem of skipped) process.stderr.write(`${m.skippedLab(problem)}\n`);
const { checks, unverifiable } = courseChecks(courseDir);

const hosts = reachableHosts(options.host);
const submitUrlFor = (port: number) => `http://${hosts[0]}:${port}`;
let port = options.port;
const app = buildServer({
  store,
  labs,
  code,
  instructorKey,
  checks,
  lang: options.lang,
  get submitUrl() {
    return submitUrlFor(port);
  },
});

try {
  await app.listen({ host: options.host, port: options.port });
} catch (error) {
  store.close();
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    process.stderr.write(`${m.portInUse(options.port)}\n`);
    process.exit(1);
  }
  throw error;
}
const address = app.server.address();
if (address && typeof address === 'object') port = address.port;

const fromHere = relative(process.cwd(), dbFile);
const shownDb = fromHere && !fromHere.startsWith('..') ? fromHere : dbFile;
say(m.started);
say(m.joinCode(code));
say(m.instructor(`http://${hosts[0]}:${port}/?key=${instructorKey}&lang=${options.lang}`));
say(m.learners);
for (const host of hosts) {
  say(`    ${learnerCommand(`http://${host}:${port}`, code, m.learnerName)}`);
}
say(m.data(shownDb));
say(unverifiable.length ? m.unverifiable(unverifiable.join(', ')) : m.verifying);
say(options.host === '0.0.0.0' || options.host === '::' ? m.public : m.loopbackOnly);
say(m.stop);

let closing = false;
const stop = async () => {
  if (closing) return;
  closing = true;
  await app.close();
  store.close();
  say(m.stopped);
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
