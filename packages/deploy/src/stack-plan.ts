import type { Lang } from '@lambda-dojo/lang';
import { messagesFor } from './messages.ts';
import type { Architecture } from './native-package.ts';
import { COURSE_TAG, RUN_TAG, type TargetSettings } from './target-settings.ts';

export interface StackNames {
  stackName: string;
  bucket: string;
  key: string;
}

/** The stack, bucket and object key of one run: prefixed, and unique through the run id. */
export function stackNamesFor(settings: TargetSettings): StackNames {
  const base = [settings.prefix, settings.labId ?? 'lab', settings.runId].join('-');
  return {
    stackName: base.replace(/[^a-zA-Z0-9-]/g, '-').slice(0, 128),
    // Bucket names: lowercase, 3-63 characters, globally unique (the run id makes them so).
    bucket: `${base}-package`
      .toLowerCase()
      .replace(/[^a-z0-9-]/g, '-')
      .slice(0, 63),
    key: `${settings.labId ?? 'lab'}/function.zip`,
  };
}

/** What `--target aws` creates for a lab deployed from its SAM template, printed first. */
export function stackPlan(
  settings: TargetSettings,
  names: StackNames,
  architecture: Architecture,
  lang: Lang,
): string {
  const tags = `${COURSE_TAG}=${settings.prefix}, ${RUN_TAG}=${settings.runId}`;
  return messagesFor(lang).stackPlan({
    region: settings.region,
    bucket: names.bucket,
    key: names.key,
    stack: names.stackName,
    architecture,
    tags,
  });
}
