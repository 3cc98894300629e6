import {
  ApiClient,
  completeProposalContent,
  createMunicipality,
  move,
  must,
  type MunicipalityFixture,
  type RunningSystem,
  sessionBody,
  startSystem,
  waitFor,
} from '@kyodo/testing';
import { openCall } from './support/adopted-projects';

/** Group A's details on 団体情報: every value distinctive, so a leak into a public answer is found by its text. */
const GROUP_A_CONTACT = {
  postalCode: '248-0012',
  address: '神奈川県鎌倉市御成町9-87 みどりビル2階',
  phone: '0467-98-7654',
  email: 'jimukyoku@midori-kodomo.example.jp',
  representativeName: '御成 花子',
  representativeTitle: '理事長',
  contactPerson: '事務局 由比 太郎',
};
const PRIVATE_VALUES = ['御成町9-87', '0467-98-7654', 'jimukyoku@midori-kodomo', '御成 花子', '由比 太郎'];

const AGREEMENT = {
  groupName: 'NPO法人 かまくら子ども食堂ネット',
  departmentName: 'こども家庭課',
  termStart: '2026-04-01',
  termEnd: '2027-03-31',
  roleSharing: '団体：見守り活動／市：事業の企画と広報',
  informationSharing: '月例の連絡会で進捗を共有する',
  costSharing: '活動費は市、ボランティアの交通費は団体が負担する',
  grantedAmount: 300_000,
  partnershipForm: 'itaku',
  formNumber: '様式第7号',
  madeOn: '2026-04-01',
};

/**
 * Both sides of a partnership as records: an organisation's own contact details (団体情報), who may read and keep
 * them; a department's proposal naming its partner groups (協働相手), frozen with the version, read by the groups
 * once adopted, named on the public page without contact details; and the agreement's parties taken from the records.
 */
describe('partner groups and organisation contact details', () => {
  let system: RunningSystem;
  let x: MunicipalityFixture;
  let departmentProposer: ApiClient;
  let callId: string;
  let proposalId: string;

  const profile = (client: ApiClient, organizationId: string) =>
    client.get(`/api/v1/organizations/${organizationId}/profile`);
  const setContact = (client: ApiClient, organizationId: string, body: unknown) =>
    client.request('PUT', `/api/v1/organizations/${organizationId}/profile/contact`, body);

  beforeAll(async () => {
    system = await startSystem();
    x = await createMunicipality(new ApiClient(system.baseUrl));
    departmentProposer = (await x.addUser('kikaku', x.departmentId, 'proposer')).client;
    callId = await openCall(x, 2026, { continuationAllowed: false });
  }, 180_000);

  afterAll(async () => {
    await system?.stop();
  });

  describe('団体情報 (contact details)', () => {
    it('starts empty and is kept by the organisation’s own members', async () => {
      const before = await must(profile(x.proposerA, x.groupAId));
      expect(before).toMatchObject({ id: x.groupAId, kind: 'group', nameJa: 'NPO法人 かまくら子ども食堂ネット' });
      expect(Object.values(before.contact).every((v) => v === '')).toBe(true);

      const saved = await must(setContact(x.proposerA, x.groupAId, GROUP_A_CONTACT));
      expect(saved.contact).toEqual(GROUP_A_CONTACT);
      expect((await must(profile(x.proposerA, x.groupAId))).contact).toEqual(GROUP_A_CONTACT);
    });

    it('is read and corrected by the secretariat and the administrator', async () => {
      expect((await must(profile(x.secretariat, x.groupAId))).contact).toEqual(GROUP_A_CONTACT);
      const corrected = { ...GROUP_A_CONTACT, contactPerson: '事務局 由比 太郎（平日のみ）' };
      expect((await must(setContact(x.admin, x.groupAId, corrected))).contact.contactPerson).toBe(
        '事務局 由比 太郎（平日のみ）',
      );
      await must(setContact(x.secretariat, x.groupAId, GROUP_A_CONTACT));
    });

    it('is not found for another group, a reviewer, the committee or a department’s staff', async () => {
      for (const client of [x.proposerB, x.reviewer, x.chair, x.departmentStaff]) {
        const read = await profile(client, x.groupAId);
        expect(read.status).toBe(404);
        expect(read.body.code).toBe('unknown_organization');
        const write = await setContact(client, x.groupAId, { ...GROUP_A_CONTACT, phone: '03-0000-0000' });
        expect(write.status).toBe(404);
      }
      expect((await must(profile(x.proposerA, x.groupAId))).contact.phone).toBe('0467-98-7654');
    });

    it('refuses bad details with a problem naming every field, and changes nothing', async () => {
      const bad = await setContact(x.proposerA, x.groupAId, {
        ...GROUP_A_CONTACT,
        postalCode: '2480012X',
        email: 'not-an-address',
        phone: '電話はありません',
        address: '一行目\n二行目',
        representativeName: 'x'.repeat(201),
      });
      expect(bad.status).toBe(400);
      expect(bad.headers.get('content-type')).toContain('application/problem+json');
      expect(bad.body.code).toBe('validation_failed');
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'address',
        'email',
        'phone',
        'postalCode',
        'representativeName',
      ]);
      const { contactPerson: _left, ...missing } = GROUP_A_CONTACT;
      const incomplete = await setContact(x.proposerA, x.groupAId, { ...missing, website: 'https://example.jp' });
      expect(incomplete.status).toBe(400);
      expect(incomplete.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'contactPerson',
        'website',
      ]);
      expect((await profile(x.proposerA, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
      expect((await must(profile(x.proposerA, x.groupAId))).contact).toEqual(GROUP_A_CONTACT);
    });
  });

  describe('a department’s proposal with partner groups (協働相手)', () => {
    it('refuses partner groups that are no citizen group of the municipality, or on a group’s own proposal', async () => {
      const naming = (client: ApiClient, organizationId: string, partnerGroupIds: string[]) =>
        client.post(`/api/v1/calls/${callId}/proposals`, {
          organizationId,
          title: '見守りの協働',
          partnerGroupIds,
          content: completeProposalContent(),
        });
      const aDepartment = await naming(departmentProposer, x.departmentId, [x.secretariatOrgId]);
      expect(aDepartment.status).toBe(422);
      expect(aDepartment.body.fields).toEqual(['partnerGroupIds']);
      const unknown = await naming(departmentProposer, x.departmentId, ['00000000-0000-4000-8000-000000000000']);
      expect(unknown.status).toBe(422);
      const fromGroup = await naming(x.proposerA, x.groupAId, [x.groupBId]);
      expect(fromGroup.status).toBe(422);
      expect(fromGroup.body.fields).toEqual(['partnerGroupIds']);
      const listed = await must(departmentProposer.get(`/api/v1/proposals?callId=${callId}`));
      expect(listed.items).toEqual([]);
    });

    it('stores the partner groups and freezes them with the submitted version', async () => {
      const draft = await must(
        departmentProposer.post(`/api/v1/calls/${callId}/proposals`, {
          organizationId: x.departmentId,
          title: '子どもの見守り協働事業',
          partnerGroupIds: [x.groupAId],
          content: completeProposalContent(),
        }),
      );
      proposalId = draft.id;
      expect(draft.partnerGroupIds).toEqual([x.groupAId]);
      const edited = await must(
        departmentProposer.request(
          'PATCH',
          `/api/v1/proposals/${proposalId}`,
          { partnerGroupIds: [x.groupAId, x.groupBId] },
          { 'if-match': `"${draft.version}"` },
        ),
      );
      expect(edited.partnerGroupIds).toEqual([x.groupAId, x.groupBId]);
      await move(departmentProposer, proposalId, 'SUBMIT');
      const [version] = await must(departmentProposer.get(`/api/v1/proposals/${proposalId}/versions`));
      expect(version.partnerGroupIds).toEqual([x.groupAId, x.groupBId]);
    });

    it('is not the partner group’s to read before adoption', async () => {
      expect((await x.proposerA.get(`/api/v1/proposals/${proposalId}`)).status).toBe(404);
      expect((await x.proposerA.get(`/api/v1/proposals/${proposalId}/partners`)).status).toBe(404);
    });

    it('names its partners with contact details for the secretariat and the proposer, names only for a reviewer', async () => {
      const forSecretariat = await must(x.secretariat.get(`/api/v1/proposals/${proposalId}/partners`));
      expect(forSecretariat.map((p: { role: string; nameJa: string }) => [p.role, p.nameJa])).toEqual([
        ['proposer', 'こども家庭課'],
        ['partnerGroup', 'NPO法人 かまくら子ども食堂ネット'],
        ['partnerGroup', expect.any(String)],
      ]);
      expect(forSecretariat[1].contact).toEqual(GROUP_A_CONTACT);
      expect((await must(departmentProposer.get(`/api/v1/proposals/${proposalId}/partners`)))[1].contact).toEqual(
        GROUP_A_CONTACT,
      );
      await move(x.secretariat, proposalId, 'ACCEPT');
      const forReviewer = await must(x.reviewer4.get(`/api/v1/proposals/${proposalId}/partners`));
      expect(forReviewer.map((p: { nameJa: string }) => p.nameJa)).toEqual(
        forSecretariat.map((p: { nameJa: string }) => p.nameJa),
      );
      expect(forReviewer.every((p: { contact: unknown }) => p.contact === null)).toBe(true);
    });

    it('lets the partner group read the adopted proposal, without any event to send', async () => {
      const [assignment] = await must(
        x.secretariat.post(`/api/v1/proposals/${proposalId}/assignments`, {
          reviewerIds: [x.reviewer4Id],
          stage: 'document',
        }),
      );
      await must(
        x.reviewer4.request('PUT', `/api/v1/assignments/${assignment.id}/score-sheet`, {
          scores: { public_benefit: 4, feasibility: 4 },
          comments: { feasibility: '体制は十分' },
        }),
      );
      await must(x.reviewer4.post(`/api/v1/assignments/${assignment.id}/score-sheet/submit`));
      await move(x.secretariat, proposalId, 'REVIEW_COMPLETE');
      const session = await must(
        x.secretariat.post(`/api/v1/calls/${callId}/sessions`, sessionBody(x.committeeId, [proposalId])),
      );
      await must(
        x.secretariat.request('PUT', `/api/v1/sessions/${session.id}/attendance`, {
          present: [x.chairId, x.committeeMemberId],
        }),
      );
      await move(x.chair, proposalId, 'FINALIZE', { decision: 'adopted', reason: '地域との協働体制が明確である。' });
      await move(x.secretariat, proposalId, 'PUBLISH');

      const read = await must(x.proposerA.get(`/api/v1/proposals/${proposalId}`));
      expect(read.state).toBe('disclosed.adopted');
      expect(read.allowedEvents).toEqual([]);
      const listed = await must(x.proposerA.get(`/api/v1/proposals?callId=${callId}`));
      expect(listed.items.map((p: { id: string }) => p.id)).toEqual([proposalId]);
      const partners = await must(x.proposerA.get(`/api/v1/proposals/${proposalId}/partners`));
      expect(partners.every((p: { contact: unknown }) => p.contact === null)).toBe(true);
      const edit = await x.proposerA.request(
        'PATCH',
        `/api/v1/proposals/${proposalId}`,
        { title: '書き換え' },
        { 'if-match': `"${read.version}"` },
      );
      expect(edit.status).toBe(403);
    });

    it('names the partner groups on the public page, and no contact detail in any public answer', async () => {
      const publicPage = () => fetch(`${system.baseUrl}/api/v1/public/proposals/${proposalId}`);
      await waitFor(async () => {
        const page = await publicPage();
        return page.status === 200 && ((await page.json()) as { decision: unknown }).decision !== null;
      }, 20_000);
      const text = await (await publicPage()).text();
      const names = JSON.parse(text).decision.proposal.partnerGroups.map((n: { ja: string }) => n.ja);
      expect(names).toContain('NPO法人 かまくら子ども食堂ネット');
      const openData = await Promise.all(
        ['json', 'csv'].map(async (ext) =>
          (await fetch(`${system.baseUrl}/api/v1/public/open-data/${callId}.${ext}`)).text(),
        ),
      );
      const list = await (
        await fetch(`${system.baseUrl}/api/v1/public/proposals?municipality=${x.municipalityCode}`)
      ).text();
      for (const answer of [text, list, ...openData]) {
        for (const value of PRIVATE_VALUES) expect(answer).not.toContain(value);
      }
    });
  });

  describe('the agreement’s parties', () => {
    const post = async (client: ApiClient, body: unknown) => {
      const current = await must(client.get(`/api/v1/proposals/${proposalId}`));
      return client.post(`/api/v1/proposals/${proposalId}/agreement`, body, { 'if-match': `"${current.version}"` });
    };

    it('start from the proposer, the partner groups and the contact details of their records', async () => {
      const view = await must(x.secretariat.get(`/api/v1/proposals/${proposalId}/partnership`));
      expect(view.agreementDraft.group).toEqual({
        organizationId: x.groupAId,
        name: 'NPO法人 かまくら子ども食堂ネット',
      });
      expect(view.agreementDraft.parties.map((p: { role: string; side: string }) => [p.role, p.side])).toEqual([
        ['proposer', 'city'],
        ['partnerGroup', 'group'],
        ['partnerGroup', 'group'],
      ]);
      expect(view.agreementDraft.parties[1]).toMatchObject({
        organizationId: x.groupAId,
        address: '〒248-0012　神奈川県鎌倉市御成町9-87 みどりビル2階',
        representative: '理事長　御成 花子',
        phone: '0467-98-7654',
        email: 'jimukyoku@midori-kodomo.example.jp',
      });
      const forGroup = await must(x.proposerA.get(`/api/v1/proposals/${proposalId}/partnership`));
      expect(forGroup.agreementDraft.parties[1]).toMatchObject({ name: 'NPO法人 かまくら子ども食堂ネット', phone: '' });
    });

    it('refuses a party that is not the proposal’s, and changes nothing', async () => {
      const refused = await post(x.secretariat, {
        ...AGREEMENT,
        parties: [{ organizationId: x.secretariatOrgId, name: '市民活動推進課' }],
      });
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('agreement_unknown_party');
      const view = await must(x.secretariat.get(`/api/v1/proposals/${proposalId}/partnership`));
      expect(view.agreement).toBeNull();
      expect(view.proposal.state).toBe('disclosed.adopted');
    });

    it('keeps the form’s corrections and prints every party with a signature block on the 協定書', async () => {
      const answer = await post(x.secretariat, {
        ...AGREEMENT,
        parties: [
          { organizationId: x.groupAId, name: 'NPO法人 かまくら子ども食堂ネット', representative: '理事長　由比 一郎' },
        ],
      });
      expect(answer.status).toBe(201);
      const [proposer, groupA, groupB] = answer.body.agreement.parties;
      expect(proposer).toMatchObject({ organizationId: x.departmentId, name: 'こども家庭課' });
      expect(groupA).toMatchObject({ representative: '理事長　由比 一郎', phone: '0467-98-7654' });
      expect(groupB.organizationId).toBe(x.groupBId);
      // The record itself is left as the group keeps it.
      expect((await must(profile(x.proposerA, x.groupAId))).contact.representativeName).toBe('御成 花子');

      const report = await must(x.secretariat.post('/api/v1/reports', { kind: 'agreement-pdf', callId, proposalId }));
      await waitFor(
        async () => (await must(x.secretariat.get(`/api/v1/reports/${report.id}`))).status === 'ready',
        60_000,
      );
      const file = await fetch(`${system.baseUrl}/api/v1/reports/${report.id}/file`, {
        headers: { authorization: `Bearer ${x.secretariat.token}` },
      });
      const { extractText } = await import('unpdf');
      const { text } = await extractText(new Uint8Array(await file.arrayBuffer()), { mergePages: true });
      const flat = text.replace(/\s+/g, '');
      expect(flat).toContain('こども家庭課');
      expect(flat).toContain('NPO法人かまくら子ども食堂ネット（以下「乙」という。）及び');
      expect(flat).toContain('（以下「丙」という。）');
      expect(flat).toContain('本書3通を作成し');
      expect(flat).toContain('理事長由比一郎');
      expect(flat).toContain('〒248-0012神奈川県鎌倉市御成町9-87みどりビル2階');
    });
  });
});
