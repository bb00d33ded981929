import { describe, expect, it } from 'vitest';
import type { LoggedExchange } from '../../engine/index.ts';
import { decodedUrl, filterLog, NO_FILTER } from './log-filter.ts';

function entry(
  id: number,
  method: string,
  url: string,
  status: number | null,
  action = 'x',
): LoggedExchange {
  return {
    id,
    actionId: id,
    action,
    origin: 'idp',
    method,
    url,
    path: '',
    query: '',
    requestHeaders: {},
    status,
    responseHeaders: { 'x-request-id': `req-${id}` },
    latencyMs: 1,
    startedAt: '2026-01-01T00:00:00.000Z',
    attempt: 1,
  };
}

const log = [
  entry(
    1,
    'GET',
    '/scim/v2/demo/Users?filter=userName%20eq%20%22ada%40example.com%22',
    200,
    'assign user ada',
  ),
  entry(2, 'POST', '/scim/v2/demo/Users', 201, 'assign user ada'),
  entry(3, 'PATCH', '/scim/v2/demo/Users/42', 401, 'deactivate person grace'),
  entry(4, 'PUT', '/scim/v2/demo/Users/43', null, 'update person linus'),
];

const ids = (entries: LoggedExchange[]) => entries.map((e) => e.id);

describe('filterLog', () => {
  it('lists everything newest first without a filter', () => {
    expect(ids(filterLog(log, NO_FILTER))).toEqual([4, 3, 2, 1]);
  });

  it('filters by method, by status class and by text in the decoded URL, action or request id', () => {
    expect(ids(filterLog(log, { ...NO_FILTER, method: 'POST' }))).toEqual([2]);
    expect(ids(filterLog(log, { ...NO_FILTER, status: '2xx' }))).toEqual([2, 1]);
    expect(ids(filterLog(log, { ...NO_FILTER, status: '4xx' }))).toEqual([3]);
    expect(ids(filterLog(log, { ...NO_FILTER, status: 'no response' }))).toEqual([4]);
    expect(ids(filterLog(log, { ...NO_FILTER, text: 'userName eq "ADA' }))).toEqual([1]);
    expect(ids(filterLog(log, { ...NO_FILTER, text: 'grace' }))).toEqual([3]);
    expect(ids(filterLog(log, { ...NO_FILTER, text: 'req-2' }))).toEqual([2]);
    expect(ids(filterLog(log, { method: 'GET', status: '4xx', text: '' }))).toEqual([]);
  });

  it('keeps a URL that is not valid percent-encoding as it is', () => {
    expect(decodedUrl('/Users?filter=%E0%A4%A')).toBe('/Users?filter=%E0%A4%A');
  });
});
