/**
 * Sorts `[start, end]` pairs in place and joins those that overlap or touch, giving a flat sorted list
 * `[start, end, start, end, …]`: where two open periods meet there is no flip. Serves both the wall-clock
 * minutes of a schedule (compile.ts) and a day's instants (day-plan.ts).
 */
export function mergeRanges(pairs: [number, number][]): number[] {
  pairs.sort((a, b) => a[0] - b[0]);
  const merged: number[] = [];
  for (const [start, end] of pairs) {
    const last = merged.length - 1;
    if (merged.length > 0 && start <= merged[last]) merged[last] = Math.max(merged[last], end);
    else merged.push(start, end);
  }
  return merged;
}
