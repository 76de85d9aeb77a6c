/**
 * Cross-file rules (seed/validation/): unknown ids, duplicates, folder naming, speakers and
 * quotes. Each case breaks the valid fixture in one place and expects exactly one error naming
 * file, line, path and reason, and no batch.
 */
import { cleanupSeedCopies, copyValidSeed, DESERT, editFile, failingLoad, lineOf, onlyError } from './seed-fixture';

afterAll(cleanupSeedCopies);

interface Case {
  name: string;
  file: string;
  from: string;
  to: string;
  lineText: string;
  /** Which occurrence of lineText (1 = first) when it appears several times. */
  nth?: number;
  path: string;
  message: RegExp;
}

const CLAIMS = `${DESERT}/claims.yaml`;
const ENTITIES = `${DESERT}/entities.yaml`;
const RELATIONSHIPS = `${DESERT}/relationships.yaml`;
const SOURCE = `${DESERT}/source.yaml`;

const referenceCases: Case[] = [
  {
    name: 'unknown claim speaker',
    file: CLAIMS,
    from: 'speaker: mesa-institute',
    to: 'speaker: mesa-college',
    lineText: 'speaker: mesa-college',
    path: 'claims[3].speaker',
    message: /unknown entity "mesa-college"/,
  },
  {
    name: 'unknown claim subject',
    file: CLAIMS,
    from: 'about: [wile-coyote, acme-corp]',
    to: 'about: [wile-coyote, acme-inc]',
    lineText: 'acme-inc',
    path: 'claims[1].about[1]',
    message: /unknown entity "acme-inc"/,
  },
  {
    name: 'unknown relationship end',
    file: RELATIONSHIPS,
    from: 'to: roadrunner-2',
    to: 'to: roadrunner-3',
    lineText: 'to: roadrunner-3',
    path: 'relationships[0].to',
    message: /unknown entity "roadrunner-3"/,
  },
  {
    name: 'unknown relationship claim',
    file: RELATIONSHIPS,
    from: 'claims: [acme-released-roadrunner-2]',
    to: 'claims: [acme-released-roadrunner-9]',
    lineText: 'roadrunner-9',
    path: 'relationships[0].claims[0]',
    message: /unknown claim "acme-released-roadrunner-9"/,
  },
  {
    name: 'unknown contradicts target',
    file: CLAIMS,
    from: 'contradicts: [coyote-says-roadrunner-2-beats-rivals]',
    to: 'contradicts: [nobody-said-this]',
    lineText: 'nobody-said-this',
    path: 'claims[3].contradicts[0]',
    message: /unknown claim "nobody-said-this"/,
  },
  {
    name: 'unknown supports target',
    file: CLAIMS,
    from: '  stance: ahead\n',
    to: '  stance: ahead\n  supports: [ghost-claim]\n',
    lineText: 'ghost-claim',
    path: 'claims[2].supports[0]',
    message: /unknown claim "ghost-claim"/,
  },
  {
    name: 'a claim supporting itself',
    file: CLAIMS,
    from: '  stance: ahead\n',
    to: '  stance: ahead\n  supports: [coyote-says-roadrunner-2-beats-rivals]\n',
    lineText: 'supports:',
    path: 'claims[2].supports[0]',
    message: /cannot support itself/,
  },
  {
    name: 'unknown topic',
    file: CLAIMS,
    from: 'topic: rival-models\n  stance: ahead',
    to: 'topic: rival-gadgets\n  stance: ahead',
    lineText: 'rival-gadgets',
    path: 'claims[2].topic',
    message: /unknown topic "rival-gadgets"/,
  },
  {
    name: "stance that is not one of the topic's",
    file: CLAIMS,
    from: 'stance: ahead',
    to: 'stance: sideways',
    lineText: 'stance: sideways',
    path: 'claims[2].stance',
    message: /unknown stance "sideways" for topic "rival-models"; allowed: ahead, behind/,
  },
  {
    name: 'stance without topic',
    file: CLAIMS,
    from: '  topic: rival-models\n  stance: ahead',
    to: '  stance: ahead',
    lineText: 'stance: ahead',
    path: 'claims[2].stance',
    message: /without a topic/,
  },
  {
    name: 'unknown source author',
    file: SOURCE,
    from: 'author: desert-news-desk',
    to: 'author: desert-news-staff',
    lineText: 'author:',
    path: 'source.author',
    message: /unknown entity "desert-news-staff"/,
  },
  {
    name: 'relationship from an entity to itself',
    file: RELATIONSHIPS,
    from: 'to: roadrunner-2',
    to: 'to: acme-corp',
    lineText: 'to: acme-corp',
    path: 'relationships[0].to',
    message: /to itself/,
  },
];

const duplicateAndFolderCases: Case[] = [
  {
    name: 'duplicate entity id in one folder',
    file: ENTITIES,
    from: '- id: mesa-institute',
    to: '- id: wile-coyote\n  type: Person\n  name: Wile E. Coyote\n  description: Again.\n  mentions: [{ quote: Wile Coyote }]\n- id: mesa-institute',
    lineText: 'id: wile-coyote',
    nth: 2,
    path: 'entities[3].id',
    message: /duplicate entity id "wile-coyote", first defined at sources\/desert-news\/entities.yaml:\d+/,
  },
  {
    name: 'duplicate claim id',
    file: CLAIMS,
    from: 'id: mesa-says-roadrunner-2-trails',
    to: 'id: coyote-is-acme-ceo',
    lineText: 'id: coyote-is-acme-ceo\n  speaker: mesa',
    path: 'claims[3].id',
    message: /duplicate claim id "coyote-is-acme-ceo"/,
  },
  {
    name: 'duplicate topic id',
    file: 'topics.yaml',
    from: '      label: RoadRunner 2 is behind\n',
    to: '      label: RoadRunner 2 is behind\n- id: rival-models\n  name: Again\n  description: Again.\n  stances: [{ id: a, label: A }, { id: b, label: B }]\n',
    lineText: 'id: rival-models',
    nth: 2,
    path: 'topics[1].id',
    message: /duplicate topic id "rival-models", first defined at topics.yaml:2/,
  },
  {
    name: 'duplicate stance id',
    file: 'topics.yaml',
    from: '      label: RoadRunner 2 is behind',
    to: '      label: RoadRunner 2 is behind\n    - id: ahead\n      label: Ahead again',
    lineText: 'id: ahead',
    nth: 2,
    path: 'topics[0].stances[2].id',
    message: /duplicate stance id "ahead"/,
  },
  {
    name: 'duplicate relationship (from, type, to)',
    file: RELATIONSHIPS,
    from: 'type: WORKS_AT',
    to: 'type: LEADS',
    lineText: 'type: LEADS',
    nth: 2,
    path: 'relationships[2]',
    message: /duplicate relationship \(from, type, to\) "wile-coyote LEADS acme-corp"/,
  },
  {
    name: 'folder name differing from the source id',
    file: SOURCE,
    from: 'id: desert-news',
    to: 'id: desert-times',
    lineText: 'id: desert-times',
    path: 'source.id',
    message: /differs from its folder name "desert-news"/,
  },
  {
    name: 'an entity id used by a claim too',
    file: CLAIMS,
    from: 'id: mesa-says-roadrunner-2-trails',
    to: 'id: roadrunner-2',
    lineText: 'id: roadrunner-2',
    path: 'claims[3].id',
    message: /already used by a entity|already used by an entity/,
  },
];

const speakerCases: Case[] = [
  {
    name: 'a model as speaker',
    file: CLAIMS,
    from: 'speaker: mesa-institute',
    to: 'speaker: roadrunner-2',
    lineText: 'speaker: roadrunner-2',
    path: 'claims[3].speaker',
    message: /is a Model; a speaker must be one of: Person, Company, Organization, Regulator/,
  },
  {
    name: 'AUTHOR_ASSERTION not said by the author',
    file: CLAIMS,
    from: 'speaker: desert-news-desk\n  about: [wile-coyote',
    to: 'speaker: wile-coyote\n  about: [wile-coyote',
    lineText: 'speaker: wile-coyote\n  about: [wile',
    path: 'claims[1].speaker',
    message: /AUTHOR_ASSERTION is said by the source's author "desert-news-desk", not "wile-coyote"/,
  },
];

const quoteCases: Case[] = [
  {
    name: 'offsets slicing something else, showing the actual slice',
    file: CLAIMS,
    from: 'start: 56\n  end: 85',
    to: 'start: 57\n  end: 86',
    lineText: 'quote: Wile Coyote, CEO',
    path: 'claims[1].quote',
    message:
      /text.slice\(57, 86\) is "ile Coyote, CEO of Acme Corp,", not the quote "Wile Coyote, CEO of Acme Corp"; the quote occurs at 56/,
  },
  {
    name: 'end past the end of the text',
    file: CLAIMS,
    from: 'start: 56\n  end: 85',
    to: 'start: 56\n  end: 9999',
    lineText: 'end: 9999',
    path: 'claims[1].end',
    message: /out of range: end 9999 is past the end of text.txt \(221 UTF-16 code units\)/,
  },
  {
    name: 'start not before end',
    file: CLAIMS,
    from: 'start: 56\n  end: 85',
    to: 'start: 85\n  end: 56',
    lineText: 'end: 56',
    path: 'claims[1].end',
    message: /must be greater than start/,
  },
  {
    name: 'start without end',
    file: CLAIMS,
    from: 'start: 56\n  end: 85\n',
    to: 'start: 56\n',
    lineText: '- id: coyote-is-acme-ceo',
    path: 'claims[1].end',
    message: /start is given without end/,
  },
  {
    name: 'a quote not in the text, with a near-miss hint',
    file: CLAIMS,
    from: 'quote: "RoadRunner 2 beats every rival."',
    to: 'quote: "RoadRunner 2 beats every  rival."',
    lineText: 'every  rival',
    path: 'claims[2].quote',
    message: /does not occur in text.txt \(a match exists when ignoring case, whitespace/,
  },
  {
    name: 'an ambiguous quote without offsets',
    file: CLAIMS,
    from: 'quote: RoadRunner 2 trails older models',
    to: 'quote: RoadRunner 2',
    lineText: 'quote: RoadRunner 2\n',
    path: 'claims[3].quote',
    message: /occurs 3 times in text.txt \(at 22, 94, 162\).*add "occurrence: N".*seed:locate/,
  },
  {
    name: 'an ambiguous entity mention',
    file: ENTITIES,
    from: '    - quote: Acme Corp\n      occurrence: 2\n',
    to: '    - quote: Acme Corp\n',
    lineText: '    - quote: Acme Corp\n',
    nth: 2,
    path: 'entities[0].mentions[1].quote',
    message: /occurs 2 times/,
  },
  {
    name: 'an occurrence beyond the matches',
    file: ENTITIES,
    from: 'occurrence: 2',
    to: 'occurrence: 3',
    lineText: '- quote: Acme Corp',
    nth: 2,
    path: 'entities[0].mentions[1].quote',
    message: /larger than the 2 match\(es\)/,
  },
  {
    name: 'wrong offsets of an entity mention',
    file: ENTITIES,
    from: 'start: 142\n      end: 156',
    to: 'start: 142\n      end: 157',
    lineText: 'quote: Mesa Institute',
    path: 'entities[3].mentions[0].quote',
    message: /text.slice\(142, 157\) is "Mesa Institute ", not the quote "Mesa Institute"/,
  },
  {
    name: 'two claims sharing text, naming both',
    file: CLAIMS,
    from: 'quote: "RoadRunner 2 beats every rival."',
    to: 'quote: "CEO of Acme Corp, said"',
    lineText: 'quote: "CEO of Acme',
    path: 'claims[2].quote',
    message:
      /claim "coyote-says-roadrunner-2-beats-rivals" \(69-91\) overlaps claim "coyote-is-acme-ceo" \(56-85\) in the same source/,
  },
];

describe.each([
  ['unknown ids', referenceCases],
  ['duplicates and folder naming', duplicateAndFolderCases],
  ['speakers', speakerCases],
  ['quotes and spans', quoteCases],
])('%s', (_title, cases) => {
  it.each(cases)('$name', async ({ file, from, to, lineText, nth, path, message }) => {
    const dir = await copyValidSeed();
    await editFile({ dir, file, from, to });
    const error = await onlyError(dir);
    expect(error).toEqual({
      file,
      line: await lineOf({ dir, file, text: lineText, nth }),
      path,
      message: expect.stringMatching(message),
    });
  });
});

it('reports an author that cannot speak on source.author (and on each claim it speaks)', async () => {
  const dir = await copyValidSeed();
  await editFile({
    dir,
    file: ENTITIES,
    from: '  type: Organization\n  name: Desert News desk',
    to: '  type: Model\n  name: Desert News desk',
  });
  const errors = await failingLoad(dir);
  expect(errors).toContainEqual({
    file: SOURCE,
    line: await lineOf({ dir, file: SOURCE, text: 'author:' }),
    path: 'source.author',
    message: 'author "desert-news-desk" is a Model; an author must be one of: Person, Company, Organization, Regulator',
  });
  expect(errors.filter((e) => e.path.endsWith('.speaker')).map((e) => e.path)).toEqual([
    'claims[0].speaker',
    'claims[1].speaker',
  ]);
});
