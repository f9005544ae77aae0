/** The command learners run to grade a lab and send the result to this board. */
export function learnerCommand(
  submitUrl: string,
  code: string,
  name: string,
  lab = 'lab-1',
): string {
  return `npm run grade ${lab} -- --strict --submit ${submitUrl} --code ${code} --name ${name}`;
}
