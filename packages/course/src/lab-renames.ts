/**
 * Labs that moved to a new id when the course was renumbered (issue 16). A
 * progress entry or class-board row kept under `from` before the change, when
 * that id meant the lab `slug`, belongs to `to` now.
 */
export interface LabRename {
  from: string;
  slug: string;
  to: string;
}

export const labRenames: readonly LabRename[] = [
  { from: 'lab-7', slug: 'image-processing', to: 'lab-9' },
];

/**
 * The id a lab result belongs to today. `slug` is the lab's slug when the result
 * says it (progress entries and results files written since the renumbering do);
 * a result without one was written before, when the old ids held.
 */
export function currentLabId(labId: string, slug?: string): string {
  const rename = labRenames.find((r) => r.from === labId);
  if (!rename) return labId;
  return slug === undefined || slug === rename.slug ? rename.to : labId;
}
