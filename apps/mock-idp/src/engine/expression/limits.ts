/**
 * Bounds that keep a hostile or mistyped mapping from hanging the console or overflowing the
 * stack. Okta's own editor has limits too, but does not publish them.
 */
export const MAX_SOURCE_LENGTH = 10_000;

/**
 * Deepest nesting of brackets, calls, list items and prefix operators. Flat chains such as
 * `a + b + c` do not nest (the parser keeps them as one node), so only real nesting counts.
 */
export const MAX_NESTING = 100;

/** Deepest array nesting walked by Arrays.flatten and equality (context data may be cyclic). */
export const MAX_VALUE_DEPTH = 100;
