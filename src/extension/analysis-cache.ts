// Analyses already made, by TeX string (and the context it was read in): in memory
// for the life of the background, and in storage.session so a restarted service
// worker or event page does not parse again what it parsed a minute ago. Bounded,
// least recently used out first. The stored copy carries the build's analysis version:
// a new release (or a changed recogniser) starts from empty, never from old answers.
import type { FormulaAnalysis } from '../tex/types';
import { decodeAnalyses, encodeAnalyses } from './analysis-wire';
import type { KeyValueArea } from './storage-area';

export const ANALYSES_KEY = 'analyses';
/** Entries kept: a few blogs' worth of distinct formulas, about a megabyte stored. */
export const ANALYSES_MAX = 2000;
/** Longer TeX is analysed and kept in memory, but not written to storage. */
const STORED_TEX_MAX = 4000;

interface StoredAnalyses {
  version: string;
  /** Cache keys, least recently used first. */
  keys: string[];
  /** encodeAnalyses of the entries, in the same order. */
  analyses: string;
}

export class AnalysisCache {
  /** In least-recently-used order: a Map iterates in insertion order, and a hit re-inserts. */
  private readonly entries = new Map<string, FormulaAnalysis>();
  private loading: Promise<void> | null = null;
  private writing: Promise<void> | null = null;
  private changedWhileWriting = false;

  /** `area` is null where storage.session is missing: the cache then lives in memory only. */
  constructor(
    private readonly area: KeyValueArea | null,
    readonly version: string,
    readonly max = ANALYSES_MAX,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** Reads what an earlier life of the background stored (once; later calls wait for the same read). */
  load(): Promise<void> {
    this.loading ??= this.read();
    return this.loading;
  }

  /** Whether `key` is kept (without counting as a use). */
  has(key: string): boolean {
    return this.entries.has(key);
  }

  get(key: string): FormulaAnalysis | undefined {
    const found = this.entries.get(key);
    if (found) {
      this.entries.delete(key);
      this.entries.set(key, found);
    }
    return found;
  }

  set(key: string, analysis: FormulaAnalysis): void {
    this.entries.delete(key);
    this.entries.set(key, analysis);
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
  }

  /** Writes the entries to storage; a call during a write writes once more after it. */
  persist(): Promise<void> {
    if (!this.area) return Promise.resolve();
    if (this.writing) {
      this.changedWhileWriting = true;
      return this.writing;
    }
    this.writing = this.write().finally(() => {
      this.writing = null;
      if (this.changedWhileWriting) {
        this.changedWhileWriting = false;
        void this.persist();
      }
    });
    return this.writing;
  }

  private async read(): Promise<void> {
    if (!this.area) return;
    try {
      const stored = (await this.area.get(ANALYSES_KEY))[ANALYSES_KEY] as Partial<StoredAnalyses> | undefined;
      if (!stored || stored.version !== this.version || !Array.isArray(stored.keys)) return;
      const analyses = decodeAnalyses(stored.analyses);
      if (!analyses || analyses.length !== stored.keys.length) return;
      // Entries made in this life before the read finished are newer: they stay on top.
      const newer = [...this.entries];
      this.entries.clear();
      stored.keys.forEach((key, i) => {
        if (typeof key === 'string') this.entries.set(key, analyses[i]!);
      });
      for (const [key, analysis] of newer) this.set(key, analysis);
      while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    } catch {
      // Unreadable storage: start empty.
    }
  }

  private async write(): Promise<void> {
    const kept = [...this.entries].filter(([key]) => key.length <= STORED_TEX_MAX);
    const value: StoredAnalyses = {
      version: this.version,
      keys: kept.map(([key]) => key),
      analyses: encodeAnalyses(kept.map(([, analysis]) => analysis)),
    };
    try {
      await this.area!.set({ [ANALYSES_KEY]: value });
    } catch {
      // Over quota or unavailable: the memory copy still answers.
    }
  }
}
