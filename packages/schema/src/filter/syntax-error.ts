import { ScimError } from '../errors.ts';

/** What is being parsed: one lexer and parser serve filters (RFC 7644 §3.4.2.2) and PATCH paths (§3.5.2). */
export interface SyntaxContext {
  kind: 'filter' | 'path';
  text: string;
}

/** Long inputs are cut in the error detail; the column still points into the full text. */
const ECHO_LIMIT = 200;

/** RFC 7644 §3.12: a 400 with scimType invalidFilter or invalidPath, naming the 1-based column. */
export function syntaxError(ctx: SyntaxContext, message: string, column: number): ScimError {
  const echo = ctx.text.length > ECHO_LIMIT ? `${ctx.text.slice(0, ECHO_LIMIT)}…` : ctx.text;
  return ScimError.of(scimTypeOf(ctx), `${message} at column ${column} in ${ctx.kind}: ${echo}`);
}

export function scimTypeOf(ctx: SyntaxContext): 'invalidFilter' | 'invalidPath' {
  return ctx.kind === 'filter' ? 'invalidFilter' : 'invalidPath';
}
