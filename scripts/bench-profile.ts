// Reading a Chrome CPU profile for bench-page.ts: how much main-thread time went to the
// extension's own frames (chrome-extension:// scripts), and with --top where it went.
export const EXTENSION_URL = 'chrome-extension://';

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string; lineNumber: number };
  children?: number[];
}
export interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

/**
 * A sample's share of time is the gap to the next sample; a gap far over the sampling
 * interval (about 0.14 ms here) says the sampler did not run, mostly because the OS had
 * the thread off its core on a loaded machine, and counting all of it to the sampled
 * frame is noise. The capped figures count at most this much per sample.
 */
const GAP_CAP_US = 400;

export interface ProfileTime {
  /** Self time of the extension's frames. */
  selfMs: number;
  /** Time with one of the extension's frames on the stack (what they call into counted). */
  inclusiveMs: number;
  /** The same two with each sample's gap capped (GAP_CAP_US). */
  cappedSelfMs: number;
  cappedInclusiveMs: number;
  /** Capped time with one of the page's own frames (`pageUrl`'s origin) on the stack and none of the extension's: its render, measured as the extension is. */
  cappedPageMs: number;
}

/** Main-thread time in extension code: self time of its frames, and time with one of its frames on the stack. */
export function extensionTime(profile: Profile, printTop = false, pageOrigin = ''): ProfileTime {
  const byFunction = new Map<string, number>();
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const inclusive = new Map<number, boolean>();
  const underExtension = (id: number): boolean => {
    const known = inclusive.get(id);
    if (known !== undefined) return known;
    const own = byId.get(id)?.callFrame.url.startsWith(EXTENSION_URL) ?? false;
    const up = parent.get(id);
    const result = own || (up !== undefined && underExtension(up));
    inclusive.set(id, result);
    return result;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const pageFrames = new Map<number, boolean>();
  const underPage = (id: number): boolean => {
    const known = pageFrames.get(id);
    if (known !== undefined) return known;
    const own = pageOrigin !== '' && (byId.get(id)?.callFrame.url.startsWith(pageOrigin) ?? false);
    const up = parent.get(id);
    const result = own || (up !== undefined && underPage(up));
    pageFrames.set(id, result);
    return result;
  };
  let self = 0;
  let total = 0;
  let cappedSelf = 0;
  let cappedTotal = 0;
  let cappedPage = 0;
  // The time after a sample, up to the next one, is spent where that sample was taken.
  for (let i = 0; i < samples.length; i++) {
    const dt = deltas[i + 1] ?? 0;
    const id = samples[i]!;
    const frame = byId.get(id)?.callFrame;
    const capped = Math.min(dt, GAP_CAP_US);
    if (frame?.url.startsWith(EXTENSION_URL)) {
      self += dt;
      cappedSelf += capped;
      const key = `${frame.functionName || '(top level)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`;
      byFunction.set(key, (byFunction.get(key) ?? 0) + dt);
    }
    if (!underExtension(id)) {
      if (underPage(id)) cappedPage += capped;
    } else {
      total += dt;
      cappedTotal += capped;
      // What the extension's frames call into (DOM, regular expressions, the garbage collector).
      if (!frame?.url.startsWith(EXTENSION_URL)) {
        let caller = parent.get(id);
        while (caller !== undefined && !byId.get(caller)?.callFrame.url.startsWith(EXTENSION_URL)) caller = parent.get(caller);
        const key = `→ ${frame?.functionName || '(native)'} from ${byId.get(caller ?? -1)?.callFrame.functionName || '(top level)'}`;
        byFunction.set(key, (byFunction.get(key) ?? 0) + dt);
      }
    }
  }
  if (printTop) {
    const top = [...byFunction].sort((x, y) => y[1] - x[1]).slice(0, 12);
    console.log(top.map(([key, us]) => `  ${(us / 1000).toFixed(2).padStart(8)} ms  ${key}`).join('\n') + '\n');
  }
  return { selfMs: self / 1000, inclusiveMs: total / 1000, cappedSelfMs: cappedSelf / 1000, cappedInclusiveMs: cappedTotal / 1000, cappedPageMs: cappedPage / 1000 };
}
