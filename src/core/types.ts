// Shared types of the numeric core. The core is pure: no DOM, no browser API.

/** Log base: natural (nats), 2 (bits) or 10 (hartleys). */
export type LogBase = 'e' | '2' | '10';
