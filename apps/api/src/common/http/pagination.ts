import { Type } from 'class-transformer';
import { IsInt, Matches, Max, Min } from 'class-validator';
import { IsOmittable } from './omittable';
import { UUID_PATTERN } from './uuid';

export const INVALID_CURSOR = 'invalid cursor: pass the nextCursor of the previous page';

export class PageLimitQueryDto {
  /** Items per page (1-100, default 20). */
  @IsOmittable()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit: number = 20;
}

/** A page of a list keyed by row id, so the cursor is a UUID (anything else would fail the query). */
export class PageQueryDto extends PageLimitQueryDto {
  /** The `nextCursor` of the previous page. */
  @IsOmittable()
  @Matches(UUID_PATTERN, { message: INVALID_CURSOR })
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Repositories fetch limit + 1 rows; the extra row only tells whether another page exists. */
export function toPage<Row, Item>(
  rows: Row[],
  limit: number,
  cursorOf: (row: Row) => string,
  map: (row: Row) => Item,
): Page<Item> {
  const items = rows.slice(0, limit);
  return {
    items: items.map(map),
    nextCursor: rows.length > limit && items.length ? cursorOf(items[items.length - 1]) : null,
  };
}
