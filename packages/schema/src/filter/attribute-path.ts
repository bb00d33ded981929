import type { AttributePath } from './ast.ts';
import { syntaxError, type SyntaxContext } from './syntax-error.ts';
import type { Token } from './lexer.ts';

/** RFC 7644 §3.4.2.2: ATTRNAME = ALPHA *(nameChar); `$ref` is a name too (RFC 7643 §2.4). */
const ATTRIBUTE_NAME = /\$ref|[A-Za-z][A-Za-z0-9_-]*/y;

/** A URN made of non-empty colon-separated parts, e.g. `urn:ietf:params:scim:schemas:core:2.0:User`. */
const SCHEMA_URN = /^urn(?::[^:]+)+$/i;

/** The attribute name at `index`, or '' when there is none. */
function readName(text: string, index: number): string {
  ATTRIBUTE_NAME.lastIndex = index;
  return ATTRIBUTE_NAME.exec(text)?.[0] ?? '';
}

/**
 * Reads `[URN ":"] ATTRNAME ["." subAttr]` from one word. The URN is everything up
 * to the last ':' (URNs contain dots, as in `…:enterprise:2.0:User:manager.value`).
 * Inside a value filter (`relative`) only a bare sub-attribute name is allowed.
 */
export function parseAttributeWord(
  token: Token,
  ctx: SyntaxContext,
  relative: boolean,
): AttributePath {
  const word = token.text;
  const colon = word.lastIndexOf(':');
  let urn: string | undefined;
  let rest = word;
  let column = token.column;
  if (colon >= 0) {
    if (relative) {
      throw syntaxError(ctx, 'Expected a sub-attribute name without a schema URN', column);
    }
    urn = word.slice(0, colon);
    if (!SCHEMA_URN.test(urn)) {
      throw syntaxError(ctx, 'Expected an attribute name or schema URN', column);
    }
    rest = word.slice(colon + 1);
    column += colon + 1;
  }

  const name = readName(rest, 0);
  if (name === '') {
    throw syntaxError(
      ctx,
      relative ? 'Expected a sub-attribute name' : 'Expected an attribute name',
      column,
    );
  }
  let index = name.length;
  let sub: string | undefined;
  if (index < rest.length) {
    if (rest.charAt(index) !== '.' || relative) {
      throw unexpectedCharacter(ctx, rest, index, column);
    }
    sub = readName(rest, index + 1);
    if (sub === '') throw syntaxError(ctx, 'Expected a sub-attribute name', column + index + 1);
    index += 1 + sub.length;
    if (index < rest.length) throw unexpectedCharacter(ctx, rest, index, column);
  }

  const path: AttributePath = urn === undefined ? { name } : { urn, name };
  if (sub !== undefined) path.sub = sub;
  return path;
}

/** Reads the `.subAttr` word that follows `]` in `emails[type eq "work"].value`. */
export function parseSubAttributeWord(token: Token, ctx: SyntaxContext): string {
  const word = token.text;
  if (!word.startsWith('.')) throw syntaxError(ctx, "Expected '.' after ']'", token.column);
  const sub = readName(word, 1);
  if (sub === '') throw syntaxError(ctx, 'Expected a sub-attribute name', token.column + 1);
  if (sub.length + 1 < word.length) {
    throw unexpectedCharacter(ctx, word, sub.length + 1, token.column);
  }
  return sub;
}

function unexpectedCharacter(ctx: SyntaxContext, text: string, index: number, column: number) {
  const ch = text.charAt(index);
  // RFC 7643 §2.3.8: a complex attribute's sub-attributes are never complex themselves.
  const message =
    ch === '.'
      ? 'Unexpected sub-attribute of a sub-attribute'
      : `Unexpected '${ch}' in attribute name`;
  return syntaxError(ctx, message, column + index);
}
