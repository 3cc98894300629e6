import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { minimalPdf, seriousAccessibilityViolations, startS3Server, type TestS3Server } from '@kyodo/testing';
import { browserSuite } from './pages/harness';
import { attachFile, openStep, startDraft } from './pages/proposer';

const CALL_TITLE = '令和8年度 協働事業提案制度';

/**
 * With BLOB_STORE=s3, a proposer attaches files in the browser as ever; while the object store is away the upload
 * is refused with a Japanese message beside the form (503 object_store_unavailable) and nothing is listed, and once
 * it is back the same file goes in.
 */
describe('attachments in an S3-compatible object store, in the browser', () => {
  let s3: TestS3Server;
  beforeAll(async () => {
    s3 = await startS3Server();
  });
  const web = browserSuite({ settings: () => s3.env });
  afterAll(async () => {
    await s3?.dispose();
  });

  const noSeriousViolations = async (page: Page) => expect(await seriousAccessibilityViolations(page)).toEqual([]);
  const pdf = (name: string) => ({
    name,
    mimeType: 'application/pdf',
    buffer: minimalPdf(randomBytes(8).toString('hex')),
  });

  it('attaches, is told in Japanese that the file store is away, and attaches once it is back', async () => {
    const page = await web.person('proposer-a');
    await startDraft(page, CALL_TITLE, 'ファイル保存先の確認');
    await attachFile(page, pdf('事業計画書.pdf'));

    await s3.stop();
    try {
      await openStep(page, '添付書類');
      await page.locator('#p-attachments').setInputFiles(pdf('収支予算書.pdf'));
      await page.getByRole('button', { name: 'アップロード' }).click();
      const alert = page.getByRole('alert').filter({ hasText: 'ファイルの保存先に接続できません' });
      await alert.waitFor();
      await expect(alert.innerText()).resolves.toContain('しばらくしてから再度お試しください');
      await expect(page.locator('table td', { hasText: '収支予算書.pdf' }).count()).resolves.toBe(0);
      await noSeriousViolations(page);
    } finally {
      await s3.start();
    }

    await page.getByRole('button', { name: 'アップロード' }).click();
    await page.locator('table td', { hasText: '収支予算書.pdf' }).first().waitFor();
    await expect(page.locator('table td', { hasText: '事業計画書.pdf' }).count()).resolves.toBeGreaterThan(0);
  });
});
