import { createHash } from 'node:crypto';
import {
  ApiClient,
  completeProposalContent,
  createMunicipality,
  minimalPdf,
  must,
  type MunicipalityFixture,
  type RunningSystem,
  startSystem,
  TEST_DB,
  move,
} from '@kyodo/testing';

const PDF = minimalPdf();

describe(`proposal attachments on ${TEST_DB}`, () => {
  let system: RunningSystem;
  let x: MunicipalityFixture;
  let proposalId: string;

  const upload = (client: ApiClient, filename: string, body: Buffer, type = 'application/pdf') =>
    fetch(`${system.baseUrl}/api/v1/proposals/${proposalId}/attachments?filename=${encodeURIComponent(filename)}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${client.token}`, 'content-type': type },
      body: new Uint8Array(body),
    });

  beforeAll(async () => {
    system = await startSystem({ ATTACHMENT_MAX_BYTES: '65536' });
    x = await createMunicipality(new ApiClient(system.baseUrl));
    proposalId = (
      await must(
        x.proposerA.post(`/api/v1/calls/${x.callId}/proposals`, { organizationId: x.groupAId, title: '添付の検証' }),
      )
    ).id;
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('stores a PDF with its checksum and serves the same bytes back', async () => {
    const response = await upload(x.proposerA, '事業計画書.pdf', PDF);
    expect(response.status).toBe(201);
    const meta = await response.json();
    expect(meta).toMatchObject({ filename: '事業計画書.pdf', contentType: 'application/pdf', sizeBytes: PDF.length });
    expect(meta.sha256).toBe(createHash('sha256').update(PDF).digest('hex'));
    const list = await must(x.proposerA.get(`/api/v1/proposals/${proposalId}/attachments`));
    expect(list.map((a: { id: string }) => a.id)).toEqual([meta.id]);
    const download = await fetch(`${system.baseUrl}/api/v1/proposals/${proposalId}/attachments/${meta.id}`, {
      headers: { authorization: `Bearer ${x.proposerA.token}` },
    });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);
    expect(download.headers.get('content-disposition')).toContain(encodeURIComponent('事業計画書.pdf'));
  });

  it('judges the type by content, not by name or declared type', async () => {
    const fake = await upload(x.proposerA, 'invoice.pdf', Buffer.from('MZ\x90\x00 this is an executable'));
    expect(fake.status).toBe(422);
    expect((await fake.json()).code).toBe('attachment_rejected');
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32)]);
    const renamed = await upload(x.proposerA, 'photo.pdf', png, 'application/octet-stream');
    expect(renamed.status).toBe(201);
    expect(await renamed.json()).toMatchObject({ contentType: 'image/png', filename: 'photo.png' });
  });

  it('keeps path traversal out of names and refuses oversize files and strangers', async () => {
    const traversal = await upload(x.proposerA, '../../etc/passwd.pdf', PDF);
    expect(traversal.status).toBe(201);
    expect((await traversal.json()).filename).toBe('passwd.pdf');
    const tooBig = await upload(x.proposerA, 'big.pdf', Buffer.concat([PDF, Buffer.alloc(70_000)]));
    expect([413, 422]).toContain(tooBig.status);
    expect(tooBig.headers.get('content-type')).toContain('application/problem+json');
    const stranger = await upload(x.proposerB, 'x.pdf', PDF);
    expect(stranger.status).toBe(404);
  });

  it('lets the owner remove a file while the proposal is editable, audited, and nobody else, and not after', async () => {
    const draft = await must(
      x.proposerA.post(`/api/v1/calls/${x.callId}/proposals`, {
        organizationId: x.groupAId,
        title: '添付の削除',
        content: completeProposalContent(),
      }),
    );
    const own = (id: string) => `/api/v1/proposals/${draft.id}/attachments/${id}`;
    const put = async (name: string) => {
      const response = await fetch(`${system.baseUrl}/api/v1/proposals/${draft.id}/attachments?filename=${name}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${x.proposerA.token}`, 'content-type': 'application/pdf' },
        body: new Uint8Array(PDF),
      });
      expect(response.status).toBe(201);
      return (await response.json()) as { id: string };
    };
    const wrong = await put('wrong.pdf');
    const kept = await put('kept.pdf');
    const names = async () =>
      (await must(x.proposerA.get(`/api/v1/proposals/${draft.id}/attachments`))).map(
        (a: { filename: string }) => a.filename,
      );

    // Another organisation does not see the draft at all.
    expect((await x.proposerB.request('DELETE', own(wrong.id))).status).toBe(404);
    expect(await names()).toEqual(['wrong.pdf', 'kept.pdf']);

    const removed = await x.proposerA.request('DELETE', own(wrong.id));
    expect(removed.status).toBe(204);
    expect(await names()).toEqual(['kept.pdf']);
    expect((await x.proposerA.request('DELETE', own(wrong.id))).status).toBe(404);

    await move(x.proposerA, draft.id, 'SUBMIT');
    // Submitted: what the secretariat screens stays as it was sent.
    const late = await x.proposerA.request('DELETE', own(kept.id));
    expect(late.status).toBe(422);
    expect(late.body.code).toBe('proposal_not_editable');
    const secretariat = await x.secretariat.request('DELETE', own(kept.id));
    expect(secretariat.status).toBe(403);
    expect(await names()).toEqual(['kept.pdf']);

    const audit = await must(x.secretariat.get(`/api/v1/proposals/${draft.id}/audit`));
    const entry = audit.find((e: { action: string }) => e.action === 'proposal.attachment_removed');
    expect(entry?.before).toMatchObject({ id: wrong.id, filename: 'wrong.pdf' });
  });
});
