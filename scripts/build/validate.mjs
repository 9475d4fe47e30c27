// @ts-check
// `npm run validate`: checks every race file, the quotes, the articles and site.json with the same
// code the app runs at load (scripts/build/data-check.mjs reads the files and says where each problem is),
// and prints every problem in one run, one a line, as
//
//   file:line: path: problem            src/data/races/x/race.json:142: events[7] heim-wins .lap: lap 120 is outside the race (1–102)
//   file:line:col: problem              src/data/quotes.json:443:3: not valid JSON (trailing comma: remove the comma before it)
//
// (the form editors and terminals turn into a link to the line). Exits 1 on any problem.
import { checkData } from './data-check.mjs';

const { problems, dataset, describe } = await checkData();
for (const entry of dataset.entries) {
  if (entry.race) console.log(`ok ${entry.file}: ${entry.race.name}, ${entry.race.lapsRun} laps, ${entry.race.events.length} events`);
}
for (const problem of problems) console.log(describe(problem));
console.log(`${dataset.quotes.length} quotes from ${dataset.articles.size} articles, ${dataset.remarks.length} remarks with variants; the root page opens ${dataset.frontPage ?? dataset.entries[0]?.id ?? 'no race'}`);
if (problems.length > 0) {
  console.error(problems.length === 1 ? '1 problem found: the build refuses the data until it is fixed.' : `${problems.length} problems found: the build refuses the data until they are fixed.`);
  process.exit(1);
}
console.log('All race data is valid.');
