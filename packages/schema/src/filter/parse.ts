import { ScimError } from '../errors.ts';
import type { Filter } from './ast.ts';
import { tokenize } from './lexer.ts';
import { FilterParser } from './parser.ts';
import type { SyntaxContext } from './syntax-error.ts';

/** Longer filters are refused before parsing, to bound the work one request can cause. */
export const MAX_FILTER_LENGTH = 10_000;

/** Parses a `filter` query parameter or SearchRequest attribute (RFC 7644 §3.4.2.2). */
export function parseFilter(text: string): Filter {
  if (text.length > MAX_FILTER_LENGTH) {
    throw ScimError.of('invalidFilter', `Filter is longer than ${MAX_FILTER_LENGTH} characters`);
  }
  const ctx: SyntaxContext = { kind: 'filter', text };
  const parser = new FilterParser(tokenize(ctx), ctx);
  if (parser.peek().kind === 'end') throw ScimError.of('invalidFilter', 'Filter is empty');
  const filter = parser.parseFilter(false);
  parser.expectEnd("Expected 'and', 'or' or end of filter");
  return filter;
}
