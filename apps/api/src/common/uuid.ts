const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a value from a path or a callback can be a row's id: checked before any lookup with it. */
export const isUuid = (value: string): boolean => UUID.test(value);
