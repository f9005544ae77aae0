/**
 * Where learners get the course: the one place to change when the repository moves.
 * The navbar link, the footer and the setup steps on the intro page all read it.
 */
export const repository = {
  /** The repository's web page (a placeholder host until the course is published). */
  url: 'https://git.example.org/lambda-dojo/lambda-dojo',
  /** What `git clone` takes. */
  cloneUrl: 'https://git.example.org/lambda-dojo/lambda-dojo.git',
  /** The folder `git clone` makes. */
  folder: 'lambda-dojo',
} as const;

/** The commands from nothing to a first graded lab, in order. */
export function setupCommands(lab = 'lab-1'): string[] {
  return [
    `git clone ${repository.cloneUrl}`,
    `cd ${repository.folder}`,
    'npm install',
    `npm run grade ${lab}`,
  ];
}
