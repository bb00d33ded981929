import type { AttributePath, Filter, FilterValue } from './ast.ts';

/** `[urn ":"] name ["." sub]`, as RFC 7644 §3.4.2.2 writes an attrPath. */
export function printAttributePath(path: AttributePath): string {
  const urn = path.urn === undefined ? '' : `${path.urn}:`;
  const sub = path.sub === undefined ? '' : `.${path.sub}`;
  return `${urn}${path.name}${sub}`;
}

/**
 * Canonical filter text: lower-case operators, JSON values, and only the parentheses
 * that `parseFilter` needs to rebuild the same tree (`and` binds tighter than `or`,
 * both associate to the left).
 */
export function printFilter(filter: Filter): string {
  switch (filter.kind) {
    case 'compare':
      return `${printAttributePath(filter.path)} ${filter.op} ${printValue(filter.value)}`;
    case 'present':
      return `${printAttributePath(filter.path)} pr`;
    case 'not':
      return `not (${printFilter(filter.filter)})`;
    case 'valuePath':
      return `${printAttributePath(filter.path)}[${printFilter(filter.filter)}]`;
    case 'and':
    case 'or': {
      const own = precedence(filter);
      const left = printOperand(filter.left, precedence(filter.left) < own);
      const right = printOperand(filter.right, precedence(filter.right) <= own);
      return `${left} ${filter.kind} ${right}`;
    }
  }
}

function printOperand(filter: Filter, parenthesize: boolean): string {
  const text = printFilter(filter);
  return parenthesize ? `(${text})` : text;
}

function precedence(filter: Filter): number {
  if (filter.kind === 'or') return 1;
  if (filter.kind === 'and') return 2;
  return 3;
}

function printValue(value: FilterValue): string {
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  return JSON.stringify(value);
}
