/**
 * "Did you mean ...?" for misspelt function and root names in error hints: the same name in
 * another case, else the nearest by edit distance, else the shortest name that contains the
 * typed letters in order ("String.toLowr" → "String.toLowerCase").
 */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  const lower = name.toLowerCase();
  // Long names are not worth the quadratic distance; short ones only match by case.
  if (name.length > 64) return undefined;
  const limit = Math.max(2, Math.floor(name.length / 5));
  let nearest: string | undefined;
  let nearestDistance = Infinity;
  let containing: string | undefined;
  for (const candidate of candidates) {
    const other = candidate.toLowerCase();
    if (other === lower) return candidate;
    if (name.length < 3) continue;
    if (Math.abs(other.length - lower.length) <= limit) {
      const distance = editDistance(lower, other);
      if (distance <= limit && distance < nearestDistance) {
        nearest = candidate;
        nearestDistance = distance;
      }
    }
    const shorter = containing === undefined || candidate.length < containing.length;
    if (shorter && other.length <= lower.length * 2 && isSubsequence(lower, other)) {
      containing = candidate;
    }
  }
  return nearest ?? containing;
}

function isSubsequence(needle: string, haystack: string): boolean {
  let at = 0;
  for (const char of haystack) if (char === needle[at]) at += 1;
  return at === needle.length;
}
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
