/**
 * "line 12, column 5: …" for a JSON.parse error. V8 reports either a character offset
 * ("… in JSON at position 41") or, for an unexpected token, a snippet of about ten characters
 * either side of it (`Unexpected token ']', ..."ra": 1},\n ]\n}" is not valid JSON`).
 */
const CONTEXT_CHARACTERS = 10;

function offsetOf(text: string, message: string): number | undefined {
  const position = /at position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const token = /^Unexpected token '(.)', (\.\.\.)?"([\s\S]*)"(?:\.\.\.)? is not valid JSON$/.exec(
    message,
  );
  if (!token) return undefined;
  const [, character = '', truncated, snippet = ''] = token;
  const start = text.indexOf(snippet);
  if (start < 0) return undefined;
  return truncated ? start + CONTEXT_CHARACTERS : start + snippet.indexOf(character);
}

export function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/Unexpected end of JSON input/.test(message)) return 'the file ends too early';
  const offset = offsetOf(text, message);
  if (offset === undefined) return message;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  const reason = message
    .replace(/^(Unexpected token '.'),[\s\S]*$/, '$1')
    .replace(/\s*(?:in JSON )?at position \d+[\s\S]*$/, '');
  return `line ${line}, column ${column}: ${reason}`;
}
