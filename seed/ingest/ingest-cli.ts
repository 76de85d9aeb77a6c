/** Entry point of `npm run ingest`; see run-ingest.ts for the arguments. */
import path from 'node:path';
import { runIngest } from './run-ingest';

const defaultSeedDir = path.resolve(__dirname, '..');

runIngest({
  argv: process.argv.slice(2),
  defaultSeedDir,
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
}).then((code) => {
  process.exitCode = code;
});
