import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { LabManifest } from '@lambda-dojo/course';
import type { LabTopic } from './topics.ts';

/** One lab as list-labs.ts prints it. */
export interface Lab {
  folder: string;
  number: number;
  labDir: string;
  manifest: LabManifest;
}

/** What the site needs to know about one lab; also the shape of the plugin's global data. */
export interface LabInfo {
  id: string;
  number: number;
  folder: string;
  title: { ko: string; en: string };
  objectives: { ko: string[]; en: string[] };
  minutes: number;
  points: number;
  /** Absolute paths of the instruction files. */
  instructions: { ko: string; en: string };
  /** False until both instruction files exist: the lab then has no page yet. */
  ready: boolean;
  /** The lessons that show this lab's card (topics.ts); empty when no lesson does. */
  topics: LabTopic[];
}

export function toLabInfo(lab: Lab, topics: LabTopic[] = []): LabInfo {
  const m = lab.manifest;
  const instructions = {
    ko: join(lab.labDir, m.instructions.ko),
    en: join(lab.labDir, m.instructions.en),
  };
  return {
    id: m.id,
    number: lab.number,
    folder: lab.folder,
    title: m.title,
    objectives: m.objectives,
    minutes: m.minutes,
    points: m.points,
    instructions,
    ready: existsSync(instructions.ko) && existsSync(instructions.en),
    topics,
  };
}

/** The lab data shipped to the browser (no file-system paths). */
export type ClientLab = Omit<LabInfo, 'instructions' | 'folder'>;

export function toClientLab({ instructions: _i, folder: _f, ...rest }: LabInfo): ClientLab {
  return rest;
}
