// An in-memory storage area for unit tests: values go through structured cloning,
// as they do in the browser, so a test cannot pass by sharing an object by reference.
import type { KeyValueArea, StorageChange } from './storage-area';

export class MemoryArea implements KeyValueArea {
  private readonly items = new Map<string, unknown>();
  readonly listeners: ((changes: Record<string, StorageChange>) => void)[] = [];
  /** Set to make every call fail, like a storage area that is unavailable. */
  failing = false;

  async get(key: string): Promise<Record<string, unknown>> {
    this.check();
    return this.items.has(key) ? { [key]: structuredClone(this.items.get(key)) } : {};
  }

  async set(items: Record<string, unknown>): Promise<void> {
    this.check();
    const changes: Record<string, StorageChange> = {};
    for (const [key, value] of Object.entries(items)) {
      changes[key] = { oldValue: this.items.get(key), newValue: structuredClone(value) };
      this.items.set(key, structuredClone(value));
    }
    for (const listener of this.listeners) listener(changes);
  }

  async remove(key: string): Promise<void> {
    this.check();
    const oldValue = this.items.get(key);
    this.items.delete(key);
    for (const listener of this.listeners) listener({ [key]: { oldValue } });
  }

  /** The raw stored value, for assertions. */
  peek(key: string): unknown {
    return structuredClone(this.items.get(key));
  }

  private check(): void {
    if (this.failing) throw new Error('storage unavailable');
  }
}
