/** A year typed in the property pane, or the current year when empty or not a year. */
export function parseEvaluationYear(value: string | undefined): number | undefined {
  const year = Number(value);
  return value && Number.isInteger(year) && year >= 2020 && year <= 2100 ? year : undefined;
}
