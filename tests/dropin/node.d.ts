// The few Node globals the programs use, declared here so that they type-check with no
// @types/node installed (a user's project would have it).
declare const process: {
  env: Record<string, string | undefined>;
  stdout: { write(text: string): boolean };
  exitCode: number | undefined;
  exit(code?: number): never;
};
