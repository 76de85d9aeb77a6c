/**
 * `npm run ingest` end to end on a temporary seed root: a good article becomes a folder that
 * passes the seed check unchanged; every bad input is one clear message, exit 1, nothing written.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadSeedDirectory } from '../../seed/loader/load-seed-directory';
import { FIXTURES, ingest, tempSeedRoot } from './ingest-temp-root';

jest.setTimeout(30_000);

let root: ReturnType<typeof tempSeedRoot>;
beforeEach(() => {
  root = tempSeedRoot();
});
afterEach(() => root.remove());

const write = (name: string, content: string | Buffer) => {
  const file = path.join(root.dir, name);
  writeFileSync(file, content);
  return file;
};
/** Everything under the root except the input files the test wrote there. */
const written = () => readdirSync(root.dir).filter((f) => !f.startsWith('input'));

describe('npm run ingest', () => {
  it('writes a folder that passes the seed check, marks every record proposed and prints a summary', async () => {
    const file = path.join(FIXTURES, 'harbour-authority-drones/text.txt');
    const { code, out, err } = await ingest({
      args: [file, '--id', 'harbour', '--title', 'Port regulator grounds drones', '--published-at', '2024-05-14'],
      seedDir: root.dir,
    });
    expect({ code, err }).toEqual({ code: 0, err: [] });
    expect(out.join('\n')).toMatch(
      /claims proposed: \d+[\s\S]*Marieke de Vries[\s\S]*entities: \d+ new, 0 reused[\s\S]*could attribute: 0/,
    );
    const result = await loadSeedDirectory({ seedDir: root.dir });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.batch.sources[0]!.text).toBe(readFileSync(file, 'utf8'));
    expect(result.batch.claims.every((c) => c.review === 'proposed')).toBe(true);
    expect(result.batch.factEdges.every((e) => e.review === 'proposed')).toBe(true);
    expect(readdirSync(root.dir).filter((f) => f.startsWith('.ingest'))).toEqual([]);
  });

  it('reuses the ids of entities already in the seed root', async () => {
    const first = path.join(FIXTURES, 'chip-startup-funding/text.txt');
    await ingest({ args: [first, '--id', 'chips'], seedDir: root.dir });
    const second = write(
      'input.txt',
      'Lumen Silicon’s rival, Nordchip, said on Friday that Nvidia had cut prices by 10%.',
    );
    const { code, out } = await ingest({ args: [second, '--id', 'nordchip'], seedDir: root.dir });
    expect(code).toBe(0);
    expect(out.join('\n')).toMatch(/entities: \d+ new, 2 reused/);
    expect((await loadSeedDirectory({ seedDir: root.dir })).ok).toBe(true);
  });

  it('accepts a text with no quotation marks and makes author claims of it', async () => {
    const file = path.join(FIXTURES, 'no-quotes-market-report/text.txt');
    const { code, out } = await ingest({
      args: [file, '--id', 'cloud-report', '--author-name', 'Jonas Berg'],
      seedDir: root.dir,
    });
    expect(code).toBe(0);
    expect(out.join('\n')).toMatch(/\d+ {2}Jonas Berg \(jonas-berg\)/);
  });

  const badInputs: { name: string; file: () => string; id?: string; message: RegExp }[] = [
    { name: 'an empty file', file: () => write('input.txt', ''), message: /is empty/ },
    {
      name: 'invalid UTF-8',
      file: () => write('input.txt', Buffer.from([0x48, 0x69, 0xff, 0xfe, 0x21])),
      message: /not valid UTF-8/,
    },
    {
      name: 'a binary file',
      file: () => write('input.bin', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01, 0x02])),
      message: /binary/,
    },
    {
      name: 'a 10 MB text',
      file: () => write('input.txt', 'Lorem ipsum dolor. '.repeat((10 * 1024 * 1024) / 19)),
      message: /larger than the \d+-byte limit/,
    },
    { name: 'a missing file', file: () => path.join(root.dir, 'input-missing.txt'), message: /cannot read \(ENOENT\)/ },
    {
      name: 'an --id that is not a slug',
      file: () => write('input.txt', 'Acme said so.'),
      id: 'Not A Slug',
      message: /--id "Not A Slug" is not a slug/,
    },
  ];
  it.each(badInputs)('rejects $name with one message, exit 1 and nothing written', async ({ file, id, message }) => {
    const { code, out, err } = await ingest({ args: [file(), '--id', id ?? 'bad-input'], seedDir: root.dir });
    expect({ code, out }).toEqual({ code: 1, out: [] });
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(message);
    expect(written()).toEqual([]);
  });

  it('never overwrites an existing folder', async () => {
    const file = write('input.txt', 'Acme Robotics said on Monday that it had hired 40 engineers.');
    expect((await ingest({ args: [file, '--id', 'acme'], seedDir: root.dir })).code).toBe(0);
    const again = await ingest({ args: [file, '--id', 'acme'], seedDir: root.dir });
    expect(again.code).toBe(1);
    expect(again.err).toEqual([expect.stringMatching(/--id acme: .* already exists; ingest never overwrites/)]);
    expect(readdirSync(path.join(root.dir, 'sources'))).toEqual(['acme']);
    expect(existsSync(path.join(root.dir, 'sources/acme/claims.yaml'))).toBe(true);
  });
});
