import fs from 'node:fs';
import { sdmxMlGenericReader as generic } from './sdmx-ml-generic';
import { sdmxMlStructureSpecificReader as specific } from './sdmx-ml-structure-specific';
import { errorOf, readAll, sharedFile } from './test-utils';

const GENERIC = sharedFile('formats/eurostat_sdmxml21_genericdata_cdh_e_fos.xml');
const DSD = sharedFile('formats/istat_sdmxml21_structure_DSD_DCIS_INCIDMORFER_COM.xml');
const CODELIST = sharedFile('formats/istat_sdmxml21_codelist_CL_FREQ.xml');

// No real StructureSpecificData file is in shared/data (PROVENANCE), so this one follows the SDMX 2.1 schema.
const ss = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>
<message:StructureSpecificData xmlns:message="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message" xmlns:ss="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/structurespecific" xmlns:ns1="urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=IT1:22_289(1.0):ObsLevelDim:TIME_PERIOD">
  <message:Header><message:ID>x</message:ID><message:Structure structureID="IT1_22_289" dimensionAtObservation="TIME_PERIOD"/></message:Header>
  <message:DataSet ss:structureRef="IT1_22_289" ss:dataScope="DataStructure">${body}</message:DataSet>
</message:StructureSpecificData>`;
const SERIES = `<Series FREQ="A" REF_AREA="001272" DATA_TYPE="JAN" SEX="9" UNIT_MULT="0">
  <Obs TIME_PERIOD="2021" OBS_VALUE="848885" /><Obs TIME_PERIOD="2022" OBS_VALUE="841600" OBS_STATUS="p" /></Series>`;

describe('SDMX-ML 2.1 GenericData reader', () => {
  it('reads the real Eurostat GenericData message, NaN with OBS_STATUS "na" as a missing value', async () => {
    const { records, issues, progress } = await readAll(generic, GENERIC, { chunk: 101 });
    expect(issues).toEqual([]);
    expect(records).toHaveLength(4);
    // Rows are the file lines of the <Obs> elements (34, 41, 57, 61 in the real file).
    expect(records.map((r) => r.row)).toEqual([34, 41, 57, 61]);
    expect(records[0]).toEqual({
      row: 34,
      dimensions: { UNIT: 'PC', Y_GRAD: 'TOTAL', FOS07: 'FOS1', GEO: 'BE', FREQ: 'A', TIME_PERIOD: '2009', DATASET: 'cdh_e_fos.PC.TOTAL.FOS1' },
      // No indicator dimension: the header's DataSetID and the measure's dimensions (not GEO, TIME_PERIOD, FREQ) name it.
      indicatorDim: 'DATASET',
      labels: { DATASET: 'cdh_e_fos (UNIT=PC, Y_GRAD=TOTAL, FOS07=FOS1)' },
      territoryDim: 'GEO',
      timeDim: 'TIME_PERIOD',
      value: null,
      valueColumn: 'OBS_VALUE',
      flags: ['na'],
    });
    expect(records[2]).toMatchObject({ dimensions: { Y_GRAD: 'Y_GE1990', TIME_PERIOD: '2009' }, value: 43.75, flags: [] });
    expect(records[3]).toMatchObject({ dimensions: { TIME_PERIOD: '2006' }, value: null, flags: ['na'] });
    expect(progress.at(-1)).toBe(fs.statSync(GENERIC).size);
  });

  it('yields an issue for a text value and goes on', async () => {
    const xml = fs.readFileSync(GENERIC, 'utf8').replace('value="43.75"', 'value="n/a"');
    const { records, issues } = await readAll(generic, Buffer.from(xml));
    expect(issues).toMatchObject([{ row: 57, column: 'OBS_VALUE', message: '"n/a" is not a number.' }]);
    expect(records).toHaveLength(3);
  });

  it('rejects SDMX structure messages (DSD, codelist) saying they are not data', async () => {
    expect(await errorOf(readAll(generic, DSD))).toMatch(/SDMX structure message.*not data/);
    expect(await errorOf(readAll(specific, CODELIST))).toMatch(/SDMX structure message.*not data/);
  });

  it('rejects truncated XML and messages without observations', async () => {
    const truncated = fs.readFileSync(GENERIC).subarray(0, 1500);
    expect(await errorOf(readAll(generic, truncated))).toMatch(/Malformed XML/);
    const empty = fs.readFileSync(GENERIC, 'utf8').replace(/<generic:Series>[\s\S]*<\/generic:Series>/, '');
    expect(await errorOf(readAll(generic, Buffer.from(empty)))).toMatch(/no observations/);
  });
});

describe('SDMX-ML 2.1 StructureSpecificData reader', () => {
  it('reads series attributes as dimensions and attributes, observations with status', async () => {
    const { records, issues } = await readAll(specific, Buffer.from(ss(SERIES)), { chunk: 64 });
    expect(issues).toEqual([]);
    expect(records).toEqual([
      // Both <Obs> are on line 5 of the message.
      expect.objectContaining({
        row: 5,
        dimensions: { FREQ: 'A', REF_AREA: '001272', DATA_TYPE: 'JAN', SEX: '9', TIME_PERIOD: '2021' },
        territoryDim: 'REF_AREA',
        indicatorDim: 'DATA_TYPE',
        value: 848885,
        flags: [],
        unitMultiplier: 0,
      }),
      expect.objectContaining({ row: 5, value: 841600, flags: ['p'] }),
    ]);
  });

  it('yields issues for bad values and UNIT_MULT; rejects a key without territory', async () => {
    const bad = SERIES.replace('"848885"', '"abc"').replace('UNIT_MULT="0"', '');
    const { records, issues } = await readAll(specific, Buffer.from(ss(bad + SERIES.replace('UNIT_MULT="0"', 'UNIT_MULT="k"'))));
    expect(issues.map((i) => i.message)).toEqual(['"abc" is not a number.', 'UNIT_MULT "k" is not a whole power of ten.', 'UNIT_MULT "k" is not a whole power of ten.']);
    expect(records).toHaveLength(1);
    expect(await errorOf(readAll(specific, Buffer.from(ss(SERIES.replace('REF_AREA', 'AREA')))))).toMatch(/No territory dimension/);
  });

  it('sniffs the root element', () => {
    expect(specific.sniff(Buffer.from(ss('')), 'x.xml')).toBe(true);
    expect(generic.sniff(fs.readFileSync(GENERIC), 'x.xml')).toBe(true);
    expect(generic.sniff(fs.readFileSync(DSD), 'x.xml')).toBe(false);
  });

  describe('hostile files', () => {
    const root = '<?xml version="1.0" encoding="UTF-8"?>\n<message:GenericData xmlns:message="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message">\n';
    const timed = async (text: string) => {
      const started = Date.now();
      const message = await errorOf(readAll(generic, Buffer.from(text), { fileName: 'bomba.xml', chunk: 64 * 1024 }));
      expect(Date.now() - started).toBeLessThan(10_000);
      return message;
    };

    it('refuses elements nested 100,000 deep, naming the line', async () => {
      expect(await timed(root + '<a>\n'.repeat(100_000))).toMatch(/row 66: Elements are nested more than 64 deep \(at line 66, element <a>\)/);
    });

    it('refuses an attribute or a text that never ends (3 MB), naming the line it reached', async () => {
      expect(await timed(root + '<message:Header id="' + 'x'.repeat(3 * 1024 * 1024))).toMatch(/row 3: More than 1 MiB of text without a complete element/);
      expect(await timed(root + '<message:Header>\n' + 'y'.repeat(3 * 1024 * 1024))).toMatch(/row 4: More than 1 MiB of text without a complete element/);
    });
  });
});
