/**
 * The index of the last of `items` whose `key` is at most `value`, or -1: a
 * binary search, for items in ascending order of `key` (spans by their start
 * offset, tokens by their place). Callers then check the item found still
 * reaches `value` (a span's end), as only they know what reaching means.
 */
export function lastAtOrBefore<T>(items: readonly T[], key: (item: T) => number, value: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (key(items[mid]!) <= value) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}
