/** A wrong-solution patch that no longer applies to the reference solution. */
export class PatchError extends Error {
  override name = 'PatchError';
}

/** The mutation tool was asked for something it cannot do (unknown lab, no report...). */
export class MutationError extends Error {
  override name = 'MutationError';
}
