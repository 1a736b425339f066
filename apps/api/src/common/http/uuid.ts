/**
 * A UUID as the API hands them out. PostgreSQL refuses anything else in a uuid column with an error
 * (not an empty result), so ids are checked against this before they reach a query.
 */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: string): boolean => UUID_PATTERN.test(value);
