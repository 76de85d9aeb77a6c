/**
 * seed:locate writes start/end into the YAML without touching anything else (comments, flow
 * style, spacing), refuses quotes it cannot place uniquely, and with --fix-all repairs wrong offsets.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fillInYaml, fillQuoteOffsetsInFolder } from '../../seed/cli/fill-quote-offsets';
import { loadSeedDirectory } from '../../seed/loader/load-seed-directory';
import { cleanupSeedCopies, copyValidSeed, DESERT, editFile } from './seed-fixture';

afterAll(cleanupSeedCopies);

const TEXT = 'Acme said Widget beats Gadget. Gadget fans disagree.\n';

describe('fillInYaml', () => {
  it('inserts offsets after the quote, keeping comments and layout byte for byte', () => {
    const source = [
      '# claims of the widget story',
      '- id: widget-beats-gadget # the boast',
      '  speaker: acme',
      '  quote: "Widget beats Gadget" # verbatim',
      '  kind: DIRECT_QUOTE',
      '',
    ].join('\n');
    const result = fillInYaml({ source, text: TEXT, fixAll: false, file: 'claims.yaml', root: 'claims' });
    expect(result.problems).toEqual([]);
    expect(result.filled).toBe(1);
    expect(result.output).toBe(
      [
        '# claims of the widget story',
        '- id: widget-beats-gadget # the boast',
        '  speaker: acme',
        '  quote: "Widget beats Gadget" # verbatim',
        '  start: 10',
        '  end: 29',
        '  kind: DIRECT_QUOTE',
        '',
      ].join('\n'),
    );
  });

  it('fills flow-style mentions in place and honours occurrence', () => {
    const source = [
      '- id: gadget',
      '  mentions:',
      '    - { quote: Gadget, occurrence: 2 }',
      '    - quote: Gadget',
      '      occurrence: 1',
      '',
    ].join('\n');
    const result = fillInYaml({ source, text: TEXT, fixAll: false, file: 'entities.yaml', root: 'entities' });
    expect(result.problems).toEqual([]);
    expect(result.output).toBe(
      [
        '- id: gadget',
        '  mentions:',
        '    - { quote: Gadget, start: 31, end: 37, occurrence: 2 }',
        '    - quote: Gadget',
        '      start: 23',
        '      end: 29',
        '      occurrence: 1',
        '',
      ].join('\n'),
    );
  });

  it('handles a block scalar quote', () => {
    const source = ['- id: fans', '  quote: >-', '    Gadget fans', '    disagree', '  kind: STATISTIC', ''].join('\n');
    const result = fillInYaml({ source, text: TEXT, fixAll: false, file: 'claims.yaml', root: 'claims' });
    expect(result.output).toBe(
      [
        '- id: fans',
        '  quote: >-',
        '    Gadget fans',
        '    disagree',
        '  start: 31',
        '  end: 51',
        '  kind: STATISTIC',
        '',
      ].join('\n'),
    );
  });

  it('refuses an ambiguous quote, naming file, line and path, and leaves the file unchanged', () => {
    const source = ['- id: a', '  quote: Widget beats Gadget', '- id: b', '  quote: Gadget', ''].join('\n');
    const result = fillInYaml({ source, text: TEXT, fixAll: false, file: 'sources/x/claims.yaml', root: 'claims' });
    expect(result.problems).toEqual([
      {
        file: 'sources/x/claims.yaml',
        line: 4,
        path: 'claims[1].quote',
        message: expect.stringMatching(/occurs 2 times in text.txt \(at 23, 31\).*occurrence/),
      },
    ]);
    // The unambiguous one is still filled; the ambiguous one is left for the curator.
    expect(result.output).toBe(
      ['- id: a', '  quote: Widget beats Gadget', '  start: 10', '  end: 29', '- id: b', '  quote: Gadget', ''].join(
        '\n',
      ),
    );
  });

  it('refuses a quote that is not in the text', () => {
    const source = ['- id: a', '  quote: Widget loses', ''].join('\n');
    const result = fillInYaml({ source, text: TEXT, fixAll: false, file: 'claims.yaml', root: 'claims' });
    expect(result.problems).toEqual([
      expect.objectContaining({ line: 2, message: expect.stringMatching(/does not occur/) }),
    ]);
    expect(result.output).toBe(source);
  });

  it('reports a non-numeric offset instead of crashing', () => {
    const source = ['- id: a', '  quote: Acme', '  start: zero', ''].join('\n');
    const result = fillInYaml({ source, text: TEXT, fixAll: true, file: 'claims.yaml', root: 'claims' });
    expect(result.problems).toEqual([
      { file: 'claims.yaml', line: 1, path: 'claims[0].start', message: 'start must be a whole number' },
    ]);
    expect(result.output).toBe(source);
  });

  it('keeps existing offsets, and with fixAll rewrites only wrong ones', () => {
    const source = [
      '- id: a',
      '  quote: Widget beats Gadget',
      '  start: 11',
      '  end: 30',
      '- id: b',
      '  quote: Acme',
      '  start: 0',
      '  end: 4',
      '',
    ].join('\n');
    const untouched = fillInYaml({ source, text: TEXT, fixAll: false, file: 'claims.yaml', root: 'claims' });
    expect(untouched).toMatchObject({ output: source, filled: 0, kept: 2 });
    const fixed = fillInYaml({ source, text: TEXT, fixAll: true, file: 'claims.yaml', root: 'claims' });
    expect(fixed).toMatchObject({ filled: 1, kept: 1, problems: [] });
    expect(fixed.output).toBe(source.replace('start: 11', 'start: 10').replace('end: 30', 'end: 29'));
  });
});

describe('fillQuoteOffsetsInFolder', () => {
  it('fills a fixture folder whose offsets were removed so that it loads with the same spans', async () => {
    const dir = await copyValidSeed();
    const before = await loadSeedDirectory({ seedDir: dir });
    await editFile({ dir, file: `${DESERT}/claims.yaml`, from: '  start: 56\n  end: 85\n', to: '' });
    await editFile({ dir, file: `${DESERT}/entities.yaml`, from: '      start: 142\n      end: 156\n', to: '' });
    const report = await fillQuoteOffsetsInFolder({
      folderDir: path.join(dir, DESERT),
      fixAll: false,
      relativeTo: dir,
    });
    expect(report.problems).toEqual([]);
    expect(report.changedFiles.sort()).toEqual([`${DESERT}/claims.yaml`, `${DESERT}/entities.yaml`]);
    const claims = await readFile(path.join(dir, DESERT, 'claims.yaml'), 'utf8');
    expect(claims).toContain(
      '  quote: Acme Corp 🚀 released RoadRunner 2 in Tucson on July 9\n  start: 0\n  end: 54\n',
    );
    expect(claims).toContain('speaker: wile-coyote # the CEO, quoted directly');
    const after = await loadSeedDirectory({ seedDir: dir });
    expect(after).toEqual(before);
  });
});
