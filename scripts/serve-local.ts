// npm run serve:local [-- serve options]: the team server on a throwaway PostgreSQL of its
// own (deleted on exit), loaded with the bundled corpus, a random team token printed for
// sharing views. For trying team mode on one machine; a team points `npm run serve` at
// its own database.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { throwawayDatabase } from './throwaway-postgres';

const { db, why } = await throwawayDatabase();
if (!db) {
  process.stderr.write(`serve:local: ${why}\n`);
  process.exit(1);
}
const token = process.env.SRDI_TOKEN || randomBytes(12).toString('base64url');
process.stderr.write(`team token (to share views): ${token}\n`);
const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', '--db', db.url, '--corpus', 'public/corpus/corpus.json', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, SRDI_TOKEN: token },
});
const stop = () => child.kill('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('exit', (code) => {
  db.stop();
  process.exit(code ?? 0);
});
