/**
 * A second source folder naming an entity the first one defines: one entity, merged. Fact
 * edges asserted in both folders become one edge carrying both claims.
 */
import { loadSeedDirectory } from '../../seed/loader/load-seed-directory';
import { cleanupSeedCopies, copyValidSeed, editFile, lineOf, onlyError, writeSeedFile } from './seed-fixture';

afterAll(cleanupSeedCopies);

const VALLEY = 'sources/valley-times';

/** Adds sources/valley-times, whose entities.yaml redefines acme-corp (possibly with a different type/name). */
async function seedWithSecondSource({
  acmeType = 'Company',
  acmeName = 'Acme Corp',
  role = null as string | null,
} = {}) {
  const dir = await copyValidSeed();
  await writeSeedFile({ dir, file: `${VALLEY}/source.yaml`, content: 'id: valley-times\ntitle: Acme again\n' });
  await writeSeedFile({
    dir,
    file: `${VALLEY}/text.txt`,
    content: 'ACME (Acme Corp) says RoadRunner 2 beats every rival.',
  });
  await writeSeedFile({
    dir,
    file: `${VALLEY}/entities.yaml`,
    content: [
      '- id: acme-corp',
      `  type: ${acmeType}`,
      `  name: ${acmeName}`,
      '  aliases: [ACME, Acme]',
      '  description: A description the merge must not use.',
      '  mentions:',
      '    - quote: ACME',
      '',
    ].join('\n'),
  });
  await writeSeedFile({
    dir,
    file: `${VALLEY}/claims.yaml`,
    content: [
      '- id: acme-says-roadrunner-2-beats-rivals',
      '  speaker: acme-corp',
      '  about: [roadrunner-2]',
      '  quote: Acme Corp) says RoadRunner 2 beats every rival.',
      '  summary: Acme says its model beats every rival.',
      '  kind: REPORTED_STATEMENT',
      '  supports: [coyote-says-roadrunner-2-beats-rivals]',
      '',
    ].join('\n'),
  });
  await writeSeedFile({
    dir,
    file: `${VALLEY}/relationships.yaml`,
    content: [
      '- type: DEVELOPED',
      '  from: acme-corp',
      '  to: roadrunner-2',
      ...(role ? [`  role: ${role}`] : []),
      '  claims: [acme-says-roadrunner-2-beats-rivals]',
      '',
    ].join('\n'),
  });
  return dir;
}

describe('the same entity in two source folders', () => {
  it('merges into one entity: aliases united, mentions concatenated, description from the first folder', async () => {
    const result = await loadSeedDirectory({ seedDir: await seedWithSecondSource() });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const acme = result.batch.entities.filter((e) => e.id === 'acme-corp');
    expect(acme).toHaveLength(1);
    expect(acme[0]).toEqual({
      id: 'acme-corp',
      type: 'Company',
      name: 'Acme Corp',
      aliases: ['Acme', 'ACME'],
      description: 'Maker of RoadRunner 2.',
      mentions: [
        { sourceId: 'desert-news', start: 0, end: 9, quote: 'Acme Corp' },
        { sourceId: 'desert-news', start: 76, end: 85, quote: 'Acme Corp' },
        { sourceId: 'valley-times', start: 0, end: 4, quote: 'ACME' },
      ],
    });
  });

  it('joins a fact edge asserted by both sources into one edge with both claims', async () => {
    const result = await loadSeedDirectory({ seedDir: await seedWithSecondSource() });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const developed = result.batch.factEdges.filter((f) => f.id === 'acme-corp--DEVELOPED--roadrunner-2');
    expect(developed).toHaveLength(1);
    expect(developed[0]!.claimIds).toEqual(['acme-released-roadrunner-2', 'acme-says-roadrunner-2-beats-rivals']);
    const valleyClaim = result.batch.claims.find((c) => c.id === 'acme-says-roadrunner-2-beats-rivals')!;
    expect(valleyClaim.span).toEqual({
      sourceId: 'valley-times',
      start: 6,
      end: 53,
      quote: 'Acme Corp) says RoadRunner 2 beats every rival.',
    });
    expect(valleyClaim.supportsIds).toEqual(['coyote-says-roadrunner-2-beats-rivals']);
    expect(valleyClaim.assertsEdgeIds).toEqual(['acme-corp--DEVELOPED--roadrunner-2']);
  });

  it('rejects a different type for the same id, naming the first folder', async () => {
    const dir = await seedWithSecondSource({ acmeType: 'Organization' });
    const error = await onlyError(dir);
    expect(error).toEqual({
      file: `${VALLEY}/entities.yaml`,
      line: 2,
      path: 'entities[0].type',
      message: expect.stringMatching(/is a Company in sources\/desert-news/),
    });
  });

  it('rejects a different name for the same id', async () => {
    const dir = await seedWithSecondSource({ acmeName: 'Acme Corporation' });
    const error = await onlyError(dir);
    expect(error).toMatchObject({ file: `${VALLEY}/entities.yaml`, line: 3, path: 'entities[0].name' });
    expect(error.message).toMatch(/is named "Acme Corp" in sources\/desert-news/);
  });

  it('rejects a shared fact edge whose roles disagree', async () => {
    const dir = await seedWithSecondSource({ role: 'maker' });
    await editFile({
      dir,
      file: 'sources/desert-news/relationships.yaml',
      from: '  to: roadrunner-2\n',
      to: '  to: roadrunner-2\n  role: owner\n',
    });
    const error = await onlyError(dir);
    expect(error).toMatchObject({ file: `${VALLEY}/relationships.yaml`, line: 4, path: 'relationships[0].role' });
    expect(error.message).toMatch(/role "maker" differs from "owner"/);
  });

  it('rejects a claim id used in two folders (claim ids are global)', async () => {
    const dir = await seedWithSecondSource();
    await editFile({
      dir,
      file: `${VALLEY}/claims.yaml`,
      from: '- id: acme-says-roadrunner-2-beats-rivals',
      to: '- id: coyote-is-acme-ceo',
    });
    await editFile({
      dir,
      file: `${VALLEY}/relationships.yaml`,
      from: 'claims: [acme-says-roadrunner-2-beats-rivals]',
      to: 'claims: [coyote-is-acme-ceo]',
    });
    const error = await onlyError(dir);
    expect(error).toMatchObject({
      file: `${VALLEY}/claims.yaml`,
      line: await lineOf({ dir, file: `${VALLEY}/claims.yaml`, text: 'id: coyote-is-acme-ceo' }),
      path: 'claims[0].id',
    });
    expect(error.message).toMatch(
      /duplicate claim id "coyote-is-acme-ceo", first defined at sources\/desert-news\/claims.yaml:13/,
    );
  });
});
