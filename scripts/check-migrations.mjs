// Migrations are never edited after they land: each one's SHA-256 is recorded in
// server/db/migrations/checksums.json. A new migration is added with `npm run db:generate`
// followed by `node scripts/check-migrations.mjs --record`; an edited one fails the check.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';

const dir = 'server/db/migrations';
const ledgerPath = `${dir}/checksums.json`;
const ledger = existsSync(ledgerPath) ? JSON.parse(readFileSync(ledgerPath, 'utf8')) : {};
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.sql'))
  .sort();
const sums = Object.fromEntries(
  files.map((f) => [
    f,
    createHash('sha256')
      .update(readFileSync(`${dir}/${f}`))
      .digest('hex'),
  ]),
);

if (process.argv.includes('--record')) {
  for (const [file, sum] of Object.entries(ledger)) {
    if (sums[file] !== sum) {
      console.error(`${file} was changed after it was recorded; add a new migration instead.`);
      process.exit(1);
    }
  }
  writeFileSync(ledgerPath, `${JSON.stringify(sums, null, 2)}\n`);
  console.log(`Recorded ${files.length} migrations.`);
  process.exit(0);
}

const problems = [];
for (const file of files) {
  if (!(file in ledger))
    problems.push(`${file} is not recorded (run node scripts/check-migrations.mjs --record)`);
  else if (ledger[file] !== sums[file])
    problems.push(`${file} was edited after it landed; add a new migration instead`);
}
for (const file of Object.keys(ledger)) if (!(file in sums)) problems.push(`${file} was deleted`);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
