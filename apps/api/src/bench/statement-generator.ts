/**
 * Deterministic statements for benchmarks: `count` statements by `actors`
 * learners spread over 2017-2021, the same for a given seed on every machine.
 */
export function generateStatements(
  count: number,
  actors: number,
  seed = 1,
): Record<string, unknown>[] {
  const random = mulberry32(seed);
  const start = Date.UTC(2017, 0, 1);
  const span = Date.UTC(2022, 0, 1) - start;
  const verbs = ['registered', 'launched', 'progressed', 'completed'];
  return Array.from({ length: count }, (_, index) => {
    const learner = Math.floor(random() * actors);
    return {
      id: uuidFrom(seed, index),
      actor: { mbox: `mailto:learner${learner}@bench.example.org` },
      verb: { id: `http://adlnet.gov/expapi/verbs/${verbs[index % verbs.length]}` },
      object: { id: `https://lms.bench.example.org/courses/${Math.floor(random() * 300)}` },
      timestamp: new Date(start + Math.floor(random() * span)).toISOString(),
    };
  });
}

/** A small seeded random generator: the same numbers on every machine. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function uuidFrom(seed: number, index: number): string {
  const hex = (seed.toString(16).padStart(8, '0') + index.toString(16).padStart(24, '0')).slice(
    -32,
  );
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
