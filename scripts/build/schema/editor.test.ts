/**
 * What a journalist gets in the editor from the JSON Schemas (src/data/schemas/), checked with the
 * JSON language service VS Code itself runs (vscode-json-languageservice), over the schema map in
 * .vscode/settings.json: a problem marked where it is typed, the allowed values and field names
 * offered, and each field's description on hover.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getLanguageService, TextDocument, type JSONSchema } from 'vscode-json-languageservice';

const ROOT = resolve(import.meta.dirname, '../../..');
const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');
const settings = JSON.parse(read('.vscode/settings.json')) as { 'json.schemas': { fileMatch: string[]; url: string }[] };

/** The editor, configured as the workspace settings configure VS Code. */
const service = getLanguageService({ schemaRequestService: async (uri) => read(uri.replace('file:///', '')) });
service.configure({
  validate: true,
  allowComments: false,
  schemas: settings['json.schemas'].map(({ fileMatch, url }) => ({ uri: `file:///${url.replace(/^\.\//, '')}`, fileMatch, schema: JSON.parse(read(url)) as JSONSchema })),
});

/** A file open in the editor at its path in the repository. */
function open(path: string, text: string) {
  const document = TextDocument.create(`file:///${path}`, 'json', 1, text);
  return { document, json: service.parseJSONDocument(document) };
}
const raceFile = 'src/data/races/roval-2025/race.json';
const shipped = read(raceFile);

describe('a race file in the editor', () => {
  it('is marked nowhere as it ships', async () => {
    const { document, json } = open(raceFile, shipped);
    expect(await service.doValidation(document, json)).toEqual([]);
  });

  it('marks a lap typed as text, a misspelt field, a value not in the list and a missing field, each on its line', async () => {
    const text = shipped
      .replace('"lapsRun": 70', '"lapsRun": "70"')
      .replace('"series":', '"serie": "x",\n  "series":')
      .replace('"kind": "contact"', '"kind": "crash"');
    const { document, json } = open(raceFile, text.replace(/\n {2}"winner": "[^"]*",/, ''));
    const marks = (await service.doValidation(document, json)).map((d) => ({ line: document.getText().split('\n')[d.range.start.line]!.trim().slice(0, 16), message: d.message }));
    expect(marks).toEqual(
      expect.arrayContaining([
        { line: '"lapsRun": "70",', message: 'Incorrect type. Expected "integer".' },
        { line: '"serie": "x",', message: 'Property serie is not allowed.' },
        { line: expect.stringMatching(/^"kind": "crash"/), message: 'Value is not accepted. Valid values: "contact", "caution", "pit", "leader", "finish".' },
        { line: '{', message: 'Missing property "winner".' },
      ]),
    );
    expect(marks).toHaveLength(4);
  });

  it('offers the values a field may take, and the fields an incident may have', async () => {
    const at = shipped.indexOf('"kind": "contact"') + '"kind": "'.length;
    const { document, json } = open(raceFile, shipped);
    const values = await service.doComplete(document, document.positionAt(at), json);
    expect(values?.items.map((i) => i.label)).toEqual(['"contact"', '"caution"', '"pit"', '"leader"', '"finish"']);
    // An empty line in the first incident: the fields it does not have yet.
    const first = shipped.indexOf('"events": [') + '"events": [\n    {'.length;
    const typed = `${shipped.slice(0, first)}\n      ,${shipped.slice(first)}`;
    const editing = open(raceFile, typed);
    const fields = await service.doComplete(editing.document, editing.document.positionAt(first + 7), editing.json);
    expect(fields?.items.map((i) => i.label)).toEqual(expect.arrayContaining(['lapRange', 'lapNote', 'disagreements', 'key']));
  });

  it('shows each field’s description on hover', async () => {
    const { document, json } = open(raceFile, shipped);
    const hover = async (key: string) => {
      const contents = (await service.doHover(document, document.positionAt(shipped.indexOf(`"${key}"`) + 2), json))?.contents;
      // Hover text is Markdown: its punctuation comes escaped ("included\\.").
      return (Array.isArray(contents) ? contents : [contents]).map(String).join(' ').replace(/\\(.)/g, '$1');
    };
    expect(await hover('lapsRun')).toContain('The laps actually run, overtimes included.');
    expect(await hover('lapRange')).toContain('The first and last lap it may have happened on');
  });
});
