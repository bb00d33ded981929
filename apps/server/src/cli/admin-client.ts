/**
 * A small client for the admin REST API (`/api`): JSON in and out, the admin
 * token as a bearer credential, error bodies turned into one readable line.
 */

/** The admin API answered with an error, or could not be reached. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface AdminClient {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: unknown): Promise<T>;
  patch<T>(path: string, body: unknown): Promise<T>;
  delete<T>(path: string): Promise<T>;
}

export function createAdminClient(options: { server: string; token: string }): AdminClient {
  const base = `${options.server.replace(/\/+$/, '')}/api`;

  async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = {
      authorization: `Bearer ${options.token}`,
      accept: 'application/json',
    };
    if (body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(`${base}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      const reason = cause?.code ?? cause?.message ?? (error as Error).message;
      throw new ApiError(`cannot reach ${options.server}: ${reason}`);
    }
    const text = await response.text();
    let data: unknown;
    try {
      data = text ? JSON.parse(text) : undefined;
    } catch {
      data = undefined;
    }
    if (!response.ok) throw new ApiError(errorLine(response, data, text), response.status);
    return data as T;
  }

  return {
    get: (path) => request('GET', path),
    post: (path, body) => request('POST', path, body),
    patch: (path, body) => request('PATCH', path, body),
    delete: (path) => request('DELETE', path),
  };
}

/** `{message, code, issues?}` (trpc-to-openapi) or anything else, as one line. */
export function errorLine(response: Response, data: unknown, text: string): string {
  const status = `${response.status} ${response.statusText}`.trim();
  if (data && typeof data === 'object') {
    const body = data as { message?: unknown; code?: unknown; issues?: unknown };
    const issues = Array.isArray(body.issues)
      ? (body.issues as { message?: unknown; path?: unknown }[])
          .map((issue) => {
            const where = Array.isArray(issue.path) ? issue.path.join('.') : '';
            return `${where ? `${where}: ` : ''}${String(issue.message)}`;
          })
          .join('; ')
      : '';
    let message = typeof body.message === 'string' ? body.message : '';
    // Validation errors carry the zod issues as a JSON string in `message`.
    if (issues) message = issues;
    else if (message.startsWith('[')) message = zodMessage(message) ?? message;
    const code = typeof body.code === 'string' ? ` (${body.code})` : '';
    if (message) return `${status}${code}: ${message}`;
  }
  return text ? `${status}: ${text.slice(0, 200)}` : status;
}

function zodMessage(json: string): string | undefined {
  try {
    const issues = JSON.parse(json) as { message?: string; path?: unknown[] }[];
    return issues
      .map((i) => `${i.path?.length ? `${i.path.join('.')}: ` : ''}${i.message ?? ''}`)
      .join('; ');
  } catch {
    return undefined;
  }
}
