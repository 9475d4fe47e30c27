/**
 * docs/spreadsheet.md, the template's documentation sheet by sheet and column by column, made from
 * the template's own definitions (template.ts), so it says what the import reads. `npm run schema`
 * writes it with the empty template's files (docs/race-template/); a test fails when either is stale.
 */
import { ALL_SHEETS, columnsOf, type CellKind } from './template';

const KINDS: Record<CellKind, string> = {
  text: 'text, kept as written',
  id: 'an id or a word from a fixed list',
  int: 'a whole number',
  number: 'a number (a dot for decimals)',
  bool: '"yes" or "no"',
  list: 'ids separated by commas',
  range: 'first and last lap, "118-120"',
  sources: 'sources by id, one a line',
};

const INTRO = `# The race spreadsheet

<!-- Made by \`npm run schema\` from src/data/sheets/template.ts: edit that file, not this one. -->

A race can be entered in any spreadsheet program (LibreOffice, Excel, Google Sheets, Numbers) as a
set of sheets, each saved as a CSV file in one folder, then turned into the race's data file with

\`\`\`sh
npm run import -- path/to/folder
\`\`\`

which writes \`src/data/races/<race-id>/race.json\`. An empty copy of every sheet, header row only, is
in [\`docs/race-template/\`](race-template/) (or run \`npm run export -- --template --out <folder>\`);
\`npm run export -- <race-id> --out <folder>\` writes an existing race as the same sheets, so a race
can be edited in the spreadsheet and imported again with \`--replace\`. The import refuses a race id
that is already taken unless \`--replace\` is given.

How the sheets are read:

- **Row 1 is the header**, the column names below, in any order; a column that is not required may
  be left out. Each further row is one item; blank rows are skipped. Save as **CSV, UTF-8** (Excel:
  "CSV UTF-8"); the byte-order mark and Windows line ends some programs write are fine.
- **A blank cell is a field left out.** A sheet with no rows leaves out that part of the race (no
  results, no leader spans), except \`overtimes.csv\` (no rows: no overtime) and \`cautions.csv\`.
- **Numbers** are typed as numbers ("12"); a car number stays text ("02").
- **Lists** of ids are separated by commas: \`grant-enfinger, layne-riggs\`.
- **Sources** are listed once, in \`sources.csv\`, each with an id; every other sheet cites them by
  that id in its \`sources\` column, one a line (a line break inside the cell: Alt+Enter in Excel and
  LibreOffice, Ctrl+Enter in Google Sheets), each optionally followed by a colon and what exactly
  that source says there, in your own words: \`nascar-results: lap 121\`.
- **Drivers** keep the id and the name the other races give them (\`corey-heim\`, Corey Heim): the
  import refuses one id under two names, or one name under two ids.
- **Your own words**: titles, descriptions, notes and summaries are written by you, never quoted.
  Quotes and articles are not part of the sheets yet: they are added to \`src/data/quotes.json\` and
  \`src/data/articles.json\` as [adding-a-race.md](adding-a-race.md) describes.

Every problem is reported at once, one a line, as \`sheet.csv:row:column: problem\` (rows as the
spreadsheet numbers them, the header being row 1), and nothing is written until there are none:

\`\`\`
events.csv:2:lap: must be a whole number, not "1a"
events.csv:4:lap_range: must be the first and last lap, such as "118-120", not "2-x"
key-facts.csv:14:sources: no source "no-such-source" in sources.csv
overtimes.csv:2:start_lap: lap 900 is outside the race (1–70)
\`\`\`

The import runs the same checks as the app and \`npm run validate\` (a lap inside the race, an
incident's drivers in the race, a source's address not a site's front page, …), each traced back to
the row and column it came from.
`;

/** The whole of docs/spreadsheet.md. */
export function spreadsheetGuide(): string {
  const sections = ALL_SHEETS.map((sheet) => {
    const rows = columnsOf(sheet).map((c) => `| \`${c.name}\` | ${c.required ? 'yes' : ''} | ${KINDS[c.kind]} | ${c.help.replace(/\|/g, '\\|')} |`);
    return `## ${sheet.file}\n\nOne row: ${sheet.row}.\n\n| Column | Required | Cell | What goes in it |\n| --- | --- | --- | --- |\n${rows.join('\n')}\n`;
  });
  return `${INTRO}\n${sections.join('\n')}`;
}
