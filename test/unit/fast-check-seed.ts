// Property tests inside `npm test` run with a fixed seed, so that a test run (and CI) can
// be reproduced; `npm run fuzz` explores 100,000 cases with a new seed each time.
// FUZZ_SEED=<n> replays another run; FUZZ_SEED=random draws a seed (fast-check prints it
// with any counterexample).
import fc from 'fast-check';

const chosen = process.env.FUZZ_SEED;
const seed = chosen === 'random' ? Date.now() % 2 ** 31 : chosen ? Number(chosen) : 20_261_128;
fc.configureGlobal({ seed });
