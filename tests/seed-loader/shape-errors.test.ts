/**
 * Each malformed field is reported with file, line, path and a reason, and no batch comes back.
 * Every case breaks the valid fixture in exactly one place.
 */
import { cleanupSeedCopies, copyValidSeed, DESERT, editFile, lineOf, onlyError } from './seed-fixture';

afterAll(cleanupSeedCopies);

interface Case {
  name: string;
  file: string;
  from: string;
  to: string;
  /** Text on the line the error must point at (after the edit). */
  lineText: string;
  path: string;
  message: RegExp;
}

const cases: Case[] = [
  {
    name: 'unknown entity type, listing the allowed types',
    file: `${DESERT}/entities.yaml`,
    from: 'type: Model',
    to: 'type: Robot',
    lineText: 'type: Robot',
    path: 'entities[1].type',
    message: /unknown value "Robot"; allowed: Company, Model, Person, Regulator, Organization, Place, Event, Benchmark/,
  },
  {
    name: 'unknown relationship type, listing the allowed types',
    file: `${DESERT}/relationships.yaml`,
    from: 'type: DEVELOPED',
    to: 'type: INVENTED',
    lineText: 'type: INVENTED',
    path: 'relationships[0].type',
    message: /unknown value "INVENTED"; allowed: DEVELOPED, RELEASED_AT, .*DEPENDS_ON/,
  },
  {
    name: 'unknown claim kind, listing the allowed kinds',
    file: `${DESERT}/claims.yaml`,
    from: 'kind: DIRECT_QUOTE',
    to: 'kind: RUMOUR',
    lineText: 'kind: RUMOUR',
    path: 'claims[2].kind',
    message: /allowed: DIRECT_QUOTE, REPORTED_STATEMENT, STATISTIC, AUTHOR_ASSERTION/,
  },
  {
    name: 'unknown field',
    file: `${DESERT}/claims.yaml`,
    from: '  kind: REPORTED_STATEMENT',
    to: '  kind: REPORTED_STATEMENT\n  speakr: mesa-institute',
    lineText: 'speakr:',
    path: 'claims[3].speakr',
    message: /unknown field "speakr"/,
  },
  {
    name: 'missing required field (pointing at its item)',
    file: `${DESERT}/claims.yaml`,
    from: '  summary: Wile Coyote is the CEO of Acme Corp.\n',
    to: '',
    lineText: '- id: coyote-is-acme-ceo',
    path: 'claims[1].summary',
    message: /required field is missing/,
  },
  {
    name: 'relationship without claims',
    file: `${DESERT}/relationships.yaml`,
    from: 'claims: [acme-released-roadrunner-2]',
    to: 'claims: []',
    lineText: 'claims: []',
    path: 'relationships[0].claims',
    message: /at least 1/,
  },
  {
    name: 'id that is not a slug',
    file: `${DESERT}/relationships.yaml`,
    from: 'from: acme-corp',
    to: 'from: Acme Corp',
    lineText: 'from: Acme Corp',
    path: 'relationships[0].from',
    message: /lower-case slug/,
  },
  {
    name: 'unquoted date read as a number, with a hint to quote it',
    file: `${DESERT}/source.yaml`,
    from: 'publishedAt: "2024-07-10"',
    to: 'publishedAt: 2024',
    lineText: 'publishedAt: 2024',
    path: 'source.publishedAt',
    message: /put it in quotes/,
  },
  {
    name: 'YAML syntax error',
    file: `${DESERT}/relationships.yaml`,
    from: '  role: CEO\n  claims: [coyote-is-acme-ceo]\n- type: WORKS_AT',
    to: '  role: CEO\n  claims: [coyote-is-acme-ceo\n- type: WORKS_AT',
    lineText: '- type: WORKS_AT',
    path: '',
    message: /YAML syntax/,
  },
  {
    name: 'a list file that is not a list (and no cascade of unknown-topic errors)',
    file: 'topics.yaml',
    from: '# Topics are shared by every source; claims take a stance on one.',
    to: 'topics:',
    lineText: 'topics:',
    path: 'topics',
    message: /must be a YAML list/,
  },
  {
    name: 'YAML syntax error in topics.yaml (and no cascade of unknown-topic errors)',
    file: 'topics.yaml',
    from: '  name: Rival models',
    to: '  name: Rival models\n bad indentation: here',
    lineText: ' bad indentation',
    path: '',
    message: /YAML syntax/,
  },
];

describe('shape errors', () => {
  it.each(cases)('$name', async ({ file, from, to, lineText, path, message }) => {
    const dir = await copyValidSeed();
    await editFile({ dir, file, from, to });
    const error = await onlyError(dir);
    expect(error).toEqual({
      file,
      line: await lineOf({ dir, file, text: lineText }),
      path,
      message: expect.stringMatching(message),
    });
  });
});
