/** timeline, speakerProfile and edges(ids) over GraphQL on the article graph, with argument errors named. */
import { codeOf } from './support/api-server';
import { describeForEachStore } from './support/seeded-stores';

describeForEachStore('timeline and speaker profile over GraphQL', (api) => {
  it('timeline places the two ISO-dated claims of the undated article and lists the relative ones apart', async () => {
    const res = await api().gql({
      query: `{ timeline { totalCount undatedCount entries { at placedBy claim { id speaker { id } } facts { id } }
        undated { id date { text iso } } } }`,
    });
    expect(res.errors).toBeUndefined();
    const { timeline } = res.data;
    expect(
      timeline.entries.map((e: { at: string; placedBy: string; claim: { id: string } }) => [
        e.at,
        e.placedBy,
        e.claim.id,
      ]),
    ).toEqual([
      ['2014', 'CLAIM_DATE', 'un-china-filed-over-38000-genai-patents'],
      ['2030', 'CLAIM_DATE', 'china-aims-to-lead-ai-by-2030'],
    ]);
    expect(timeline.totalCount).toBe(2);
    expect(timeline.undatedCount).toBe(timeline.undated.length);
    expect(timeline.undatedCount).toBeGreaterThan(0);
    expect(
      timeline.undated.every((c: { date: { iso: string | null } | null }) => c.date !== null && c.date.iso === null),
    ).toBe(true);
    const period = await api().gql({
      query: `{ timeline(subject: "china", from: "2020", to: "2030-06") { entries { claim { id } } } }`,
    });
    expect(period.data.timeline.entries).toEqual([{ claim: { id: 'china-aims-to-lead-ai-by-2030' } }]);
  });

  it('speakerProfile: SenseTime speaks about its own model and Paul Triolo disagrees', async () => {
    const res = await api().gql({
      query: `{ speakerProfile(id: "sensetime") { speaker { id } claimCount selfInterestedClaims claims { id }
        ties { entity { id } edges { id } claims } counterparts { speaker { id } agreements disagreements } } }`,
    });
    expect(res.errors).toBeUndefined();
    const profile = res.data.speakerProfile;
    expect(profile.speaker.id).toBe('sensetime');
    expect(profile.claims.length).toBe(Math.min(profile.claimCount, 20));
    expect(profile.selfInterestedClaims).toBeGreaterThanOrEqual(1);
    const sensenova = profile.ties.find((t: { entity: { id: string } }) => t.entity.id === 'sensenova-5-5');
    expect(sensenova).toMatchObject({ edges: [{ id: 'sensetime--DEVELOPED--sensenova-5-5' }] });
    expect(sensenova.claims).toBeGreaterThanOrEqual(1);
    const triolo = profile.counterparts.find((c: { speaker: { id: string } }) => c.speaker.id === 'paul-triolo');
    expect(triolo.disagreements).toBeGreaterThanOrEqual(1);
    expect(
      (await api().gql({ query: '{ speakerProfile(id: "nobody") { claimCount } }' })).data.speakerProfile,
    ).toBeNull();
  });

  it('edges(ids) answers in request order with support, null for unknown ids', async () => {
    const res = await api().gql({
      query: `{ edges(ids: ["sensenova-5-5--OUTPERFORMS--gpt-4o", "nope"]) { id support { selfInterestedOnly } } }`,
    });
    expect(res.data.edges).toEqual([
      { id: 'sensenova-5-5--OUTPERFORMS--gpt-4o', support: { selfInterestedOnly: true } },
      null,
    ]);
  });

  it('malformed periods and out-of-range caps are BAD_USER_INPUT naming the argument', async () => {
    const bad = await api().gql({ query: '{ timeline(from: "July 9") { totalCount } }' });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions!.argument).toBe('from');
    const backwards = await api().gql({ query: '{ timeline(from: "2030", to: "2014") { totalCount } }' });
    expect(backwards.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'to' });
    const tooMany = await api().gql({ query: '{ speakerProfile(id: "sensetime", first: 101) { claimCount } }' });
    expect(tooMany.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  });
});
