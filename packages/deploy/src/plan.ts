import type { Lang } from '@lambda-dojo/lang';
import { messagesFor } from './messages.ts';
import { roleNameFor } from './role.ts';
import { COURSE_TAG, RUN_TAG, type TargetSettings } from './target-settings.ts';

/** What the aws target will create, printed before anything is created. */
export function awsPlan(settings: TargetSettings, createsRole: boolean, lang: Lang): string {
  const names = `${settings.prefix}-${settings.labId ?? '<lab>'}-*`;
  const tags = `${COURSE_TAG}=${settings.prefix}, ${RUN_TAG}=${settings.runId}`;
  const role = createsRole ? roleNameFor(settings) : (settings.roleArn ?? '');
  return messagesFor(lang).plan({ region: settings.region, names, role, tags, createsRole });
}
