// The soak's seeded randomness: every choice of a run follows from its seed, so a run that
// finds something is replayed with SEED=<n>.

/** mulberry32, with the helpers the soak draws with. */
export function seeded(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const random = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
    /** A key of `weights` ({ name: weight }), in proportion to its weight. */
    weighted(weights) {
      const total = Object.values(weights).reduce((s, w) => s + w, 0);
      let r = next() * total;
      for (const [name, weight] of Object.entries(weights)) {
        if ((r -= weight) < 0) return name;
      }
      return Object.keys(weights).at(-1);
    },
    /** A child generator, so that one phase's draws do not shift another's. */
    fork: () => seeded(Math.floor(next() * 2 ** 32)),
  };
  return random;
}
