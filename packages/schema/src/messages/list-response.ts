import { z } from 'zod';
import { URN } from '../discovery/urns.ts';

/** RFC 7644 §3.4.2: a page of resources. The counts are JSON integers (Okta checks). */
export function ListResponse<T extends z.ZodType>(resource: T) {
  return z.object({
    schemas: z.tuple([z.literal(URN.listResponse)]),
    totalResults: z.number().int(),
    /** Absent with cursor paging (RFC 9865). */
    startIndex: z.number().int().optional(),
    itemsPerPage: z.number().int(),
    Resources: z.array(resource),
    nextCursor: z.string().optional(),
  });
}

export type ListResponseBody<T> = {
  schemas: [typeof URN.listResponse];
  totalResults: number;
  startIndex?: number;
  itemsPerPage: number;
  Resources: T[];
  /** RFC 9865: present on every cursor page but the last. */
  nextCursor?: string;
};

export function listResponse<T>(
  resources: T[],
  totalResults: number,
  startIndex: number,
): ListResponseBody<T> {
  return {
    schemas: [URN.listResponse],
    totalResults,
    startIndex,
    itemsPerPage: resources.length,
    Resources: resources,
  };
}
