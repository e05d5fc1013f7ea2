// Preloaded into every drop-in run (node --import): an error that escapes the program is
// reported on stdout by class and status, the parts of it that are comparable between runs.
const report = (kind) => (error) => {
  const name = error?.constructor?.name ?? typeof error;
  process.stdout.write(`\n[${kind}] ${name} ${error?.name} status=${error?.status}\n`);
  process.exitCode = 1;
};
process.on('uncaughtException', report('uncaught'));
process.on('unhandledRejection', report('unhandled rejection'));
