import type { ScimResponse } from '../scim-client/scim-client.ts';
import { isListResponse, scimErrorText } from '../scim-messages.ts';
import type { ListPage, Outcome, ProfileCall, ScimResource } from './request-profile.ts';

export const OK: Outcome = { ok: true, value: undefined };

function isObject(value: unknown): value is ScimResource {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A failed outcome from a response, with the SCIM detail Okta would show. */
export function failure<T>(call: ProfileCall, response: ScimResponse, detail?: string): Outcome<T> {
  const body = response.body;
  const scimType = isObject(body) && typeof body.scimType === 'string' ? body.scimType : undefined;
  const text =
    detail ??
    (response.gaveUp
      ? `Rate limited: still HTTP 429 after ${response.entry.attempt} attempts`
      : response.status === null
        ? (response.error ?? 'No response')
        : (scimErrorText(body) ??
          `HTTP ${response.status}${typeof body === 'string' ? `: ${body.slice(0, 200)}` : ''}`));
  return {
    ok: false,
    error: {
      status: response.status,
      ...(scimType ? { scimType } : {}),
      detail: text,
      exchangeId: response.entry.id,
      at: call.now(),
    },
  };
}

/** Ok when the status is one of `accepted`. */
export function expectStatus(
  call: ProfileCall,
  response: ScimResponse,
  accepted: readonly number[],
): Outcome {
  return response.status !== null && accepted.includes(response.status)
    ? { ok: true, value: undefined }
    : failure(call, response);
}

/** A resource with an `id` in a 200/201 body. */
export function expectResource(
  call: ProfileCall,
  response: ScimResponse,
  accepted: readonly number[],
  emptyDetail: string,
): Outcome<ScimResource> {
  const status = expectStatus(call, response, accepted);
  if (!status.ok) return status;
  const body = response.body;
  if (!isObject(body) || typeof body.id !== 'string' || body.id === '') {
    return failure(call, response, emptyDetail);
  }
  return { ok: true, value: body };
}

/** A ListResponse page; `missOn404` accepts Okta's documented 404 for "no match" (§1.2 O-2). */
export function expectListPage(
  call: ProfileCall,
  response: ScimResponse,
  missOn404: boolean,
): Outcome<ListPage> {
  if (missOn404 && response.status === 404) {
    return { ok: true, value: { resources: [], totalResults: 0, itemsPerPage: 0, startIndex: 1 } };
  }
  const status = expectStatus(call, response, [200]);
  if (!status.ok) return status;
  const body = response.body;
  if (!isListResponse(body)) return failure(call, response, 'The answer is not a ListResponse');
  return {
    ok: true,
    value: {
      resources: (body.Resources ?? []).filter(isObject),
      totalResults: body.totalResults,
      itemsPerPage: body.itemsPerPage,
      startIndex: body.startIndex,
    },
  };
}

/** The `id` of a resource that expectResource accepted. */
export function idOf(resource: ScimResource): string {
  return typeof resource.id === 'string' ? resource.id : '';
}

export function firstResource(page: Outcome<ListPage>): Outcome<ScimResource | undefined> {
  return page.ok ? { ok: true, value: page.value.resources[0] } : page;
}
