/** The day the current values were last checked against their sources. Update it when you re-check. */
export const LAST_CHECKED = '2026-11-27';
