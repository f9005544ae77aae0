/** The base of every error the course model throws. */
export class CourseError extends Error {
  override name = 'CourseError';
}

/** A lab's `lab.json` is missing, is not JSON, or does not match the schema. */
export class ManifestError extends CourseError {
  override name = 'ManifestError';
}
