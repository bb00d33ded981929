/** Colour classes by status word; the word itself is always shown, so colour is never the only cue. */
const TONE: Record<string, string> = {
  provisioned: 'success',
  active: 'success',
  ACTIVE: 'success',
  allowed: 'success',
  pending: 'neutral',
  'not assigned': 'neutral',
  'not pushed': 'neutral',
  inactive: 'neutral',
  SUSPENDED: 'warning',
  deactivated: 'warning',
  DEACTIVATED: 'warning',
  locked: 'danger',
  error: 'danger',
};

export function StatusBadge({ status, label }: { status: string; label?: string }) {
  return <span className={`badge badge-${TONE[status] ?? 'neutral'}`}>{label ?? status}</span>;
}
