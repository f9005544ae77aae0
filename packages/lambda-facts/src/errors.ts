/** Every error lambda-facts throws; catch this to catch any of them. */
export class LambdaFactsError extends Error {
  override name = 'LambdaFactsError';
}

/** A dotted path does not name a fact, e.g. a typo in `getFact('limits.timeout.maxx')`. */
export class FactNotFoundError extends LambdaFactsError {
  override name = 'FactNotFoundError';
  readonly path: string;
  readonly suggestions: readonly string[];

  constructor(path: string, suggestions: readonly string[], options?: { cause?: unknown }) {
    const hint =
      suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => `'${s}'`).join(', ')}?` : '';
    super(
      `Expected a fact path such as 'limits.timeout.max' but received '${path}'.${hint}`,
      options,
    );
    this.path = path;
    this.suggestions = suggestions;
  }
}

/** A fact cannot give what was asked: bytes of a price, or a history entry it does not have. */
export class FactUnitError extends LambdaFactsError {
  override name = 'FactUnitError';
}
