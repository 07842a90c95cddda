// Analyses as they cross between the extension's contexts and into storage.session.
// Chrome's messaging and storage serialise through JSON, which turns NaN and ±Infinity
// into null and -0 into 0; a worked example may hold such numbers (a log of 0), so they
// travel tagged and come back as they were.
import type { FormulaAnalysis } from '../tex/types';

/** The tag key of a non-JSON number; no key in an analysis starts with a NUL. */
const NUMBER_TAG = '\u0000n';
/** The tag as it stands in JSON text. */
const TAG_AS_JSON = JSON.stringify(NUMBER_TAG).slice(1, -1);

function replace(_key: string, value: unknown): unknown {
  if (typeof value !== 'number') return value;
  if (Number.isNaN(value)) return { [NUMBER_TAG]: 'NaN' };
  if (value === Infinity) return { [NUMBER_TAG]: 'Infinity' };
  if (value === -Infinity) return { [NUMBER_TAG]: '-Infinity' };
  if (Object.is(value, -0)) return { [NUMBER_TAG]: '-0' };
  return value;
}

function revive(_key: string, value: unknown): unknown {
  if (typeof value !== 'object' || value === null || !(NUMBER_TAG in value)) return value;
  const text = (value as Record<string, unknown>)[NUMBER_TAG];
  return text === '-0' ? -0 : Number(text);
}

export function encodeAnalyses(analyses: readonly FormulaAnalysis[]): string {
  return JSON.stringify(analyses, replace);
}

/** The analyses in `text`, or null when it is not a list of them (a reply from another version, a broken store). */
export function decodeAnalyses(text: unknown): FormulaAnalysis[] | null {
  if (typeof text !== 'string') return null;
  try {
    // A reviver takes JSON.parse off its fast path (it is called for every value); a reply
    // holding no tagged number, the usual one, needs none. JSON writes the NUL as \u0000.
    const value: unknown = text.includes(TAG_AS_JSON) ? JSON.parse(text, revive) : JSON.parse(text);
    return Array.isArray(value) && value.every(isAnalysis) ? (value as FormulaAnalysis[]) : null;
  } catch {
    return null;
  }
}

function isAnalysis(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { tex, recognition, example } = value as Record<string, unknown>;
  return typeof tex === 'string' && (recognition === null || typeof recognition === 'object') && (example === null || typeof example === 'object');
}
