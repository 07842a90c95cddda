// The slice of a storage area (storage.sync, .local, .session) these modules use.
// Taking it as a parameter keeps settings and history testable with an in-memory
// area and lets each context pass the area it has (polyfilled `browser` or `chrome`).

export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** What `storage.onChanged` reports for one key. */
export interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}
