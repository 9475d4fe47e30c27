// `npm run validate`: checks every race file, the quotes and the articles with the same code the
// app runs at load, and prints each problem as "file: path: problem". Exits 1 on any problem.
// Vite's runnerImport loads the TypeScript modules (Node 20 cannot run TypeScript itself).
import { runnerImport } from 'vite';

const { module } = await runnerImport('/src/data/bundledDataset.ts', { logLevel: 'silent' });
const { dataset } = module;
const { formatDataError } = (await runnerImport('/src/data/errors.ts', { logLevel: 'silent' })).module;

let problems = 0;
for (const entry of dataset.entries) {
  if (entry.race) {
    const r = entry.race;
    console.log(`ok    ${entry.file}: ${r.name}, ${r.lapsRun} laps, ${r.events.length} events`);
  } else {
    for (const error of entry.errors) console.log(`error ${formatDataError(error)}`);
    problems += entry.errors.length;
  }
}
for (const error of dataset.errors) console.log(`error ${formatDataError(error)}`);
problems += dataset.errors.length;
console.log(`${dataset.quotes.length} quotes from ${dataset.articles.size} articles, ${dataset.remarks.length} remarks with variants`);
if (problems > 0) {
  console.error(`${problems} problem${problems === 1 ? '' : 's'} found.`);
  process.exit(1);
}
console.log('All race data is valid.');
