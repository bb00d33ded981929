import { ScimError } from '../errors.ts';
import type { AttributePath, Filter } from '../filter/ast.ts';
import { parseAttributeWord } from '../filter/attribute-path.ts';
import { tokenize, type Token } from '../filter/lexer.ts';
import { FilterParser } from '../filter/parser.ts';
import type { SyntaxContext } from '../filter/syntax-error.ts';

/** Longer paths are refused before parsing. */
export const MAX_PATH_LENGTH = 2_000;

export interface PatchPath {
  /** e.g. {name:'emails'}, {urn:'urn:…:enterprise:2.0:User', name:'manager', sub:'value'} or {name:'name', sub:'givenName'} */
  attribute: AttributePath;
  /** For `emails[type eq "work"]` (relative paths inside). */
  valueFilter?: Filter;
  /** For `emails[type eq "work"].value`: the sub-attribute after the brackets. */
  subAttribute?: string;
}

/**
 * Parses a PATCH operation's `path` (RFC 7644 §3.5.2: `PATH = attrPath / valuePath [subAttr]`)
 * with the filter lexer and parser, so both grammars stay in step.
 */
export function parsePath(text: string): PatchPath {
  if (text.length > MAX_PATH_LENGTH) {
    throw ScimError.of('invalidPath', `Path is longer than ${MAX_PATH_LENGTH} characters`);
  }
  const ctx: SyntaxContext = { kind: 'path', text };
  const parser = new FilterParser(tokenize(ctx), ctx);
  const first = parser.peek();
  if (first.kind === 'end') throw ScimError.of('invalidPath', 'Path is empty');
  if (first.kind !== 'word') parser.fail('Expected an attribute name', first.column);
  parser.next();

  const path: PatchPath = { attribute: parseAttributeWord(first, ctx, false) };
  if (parser.peek().kind === '[') {
    path.valueFilter = parser.parseValueFilter(path.attribute);
    const sub = parser.parseSubAfterValueFilter();
    if (sub !== undefined) path.subAttribute = sub;
  }
  parser.expectEnd(`Unexpected ${describeToken(parser.peek())}`);
  return path;
}

function describeToken(token: Token): string {
  if (token.kind === 'string') return 'string';
  return `'${token.kind === 'word' ? token.text : token.kind}'`;
}

/**
 * The full URN when the path could name a whole extension
 * (`urn:…:enterprise:2.0:User` parses as urn `urn:…:2.0`, name `User`), else undefined.
 */
export function pathUrn(path: PatchPath): string | undefined {
  const { urn, name, sub } = path.attribute;
  if (urn === undefined || sub !== undefined) return undefined;
  if (path.valueFilter !== undefined || path.subAttribute !== undefined) return undefined;
  return `${urn}:${name}`;
}
