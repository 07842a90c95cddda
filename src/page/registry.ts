// The one list of math sources. Each file under sources/ calls defineSource once;
// sources/index.ts imports them in the order they run (more specific first).
import type { MathSource, SourceName } from './types';

const sources: MathSource[] = [];

export function defineSource(source: MathSource): MathSource {
  if (sources.some((known) => known.name === source.name)) throw new Error(`math source "${source.name}" defined twice`);
  sources.push(source);
  return source;
}

/** The registered sources, in the order a scan runs them. */
export function registeredSources(): readonly MathSource[] {
  return sources;
}

export function sourceNamed(name: SourceName): MathSource | undefined {
  return sources.find((source) => source.name === name);
}
