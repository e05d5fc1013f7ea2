// The resilience entry's public surface, which scripts/bundle.mjs writes into the stage; its
// names and types are those of index.d.ts (tests/types check them as an installed package's).
export {};
