import { QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../api/problem';
import { createQueryClient } from '../../../queries/query-client';
import type { RubricDefinition } from '../models';
import { RubricEditor } from './rubric-editor';

const call = vi.hoisted(() => vi.fn());
vi.mock('../../../api/client', () => ({ call, newIdempotencyKey: () => 'key' }));

const template: RubricDefinition = {
  titleJa: '書類審査',
  titleEn: 'Document review',
  descriptionJa: '説明',
  criteria: [
    {
      key: 'need',
      labelJa: '必要性',
      labelEn: 'Need',
      weight: 30,
      scale: { min: 1, max: 5, step: 1 },
      levels: [{ score: 5, labelJa: '高い', labelEn: 'High' }],
      commentRequired: true,
    },
  ],
};
const missing = new ApiError({ type: 'about:blank', title: 'Not found', status: 404, code: 'rubric_missing' });

/** The API: one template, no rubric yet, and `put` for the PUT. */
function answer(put: (body: unknown) => Promise<unknown>) {
  call.mockImplementation((route: string, options: { body?: unknown }) => {
    if (route === 'GET /api/v1/rubric-templates') return Promise.resolve({ doc: template });
    if (route === 'GET /api/v1/calls/{id}/rubrics/{stage}') return Promise.reject(missing);
    return put(options.body);
  });
}

function renderEditor() {
  render(
    <QueryClientProvider client={createQueryClient()}>
      <RubricEditor callId="c1" />
    </QueryClientProvider>,
  );
}

const saveButton = () => screen.getByRole('button', { name: '評価シートを保存' }) as HTMLButtonElement;
const click = (element: HTMLElement) => act(async () => void fireEvent.click(element));
const type = (id: string, value: string) =>
  fireEvent.change(document.getElementById(id) as HTMLElement, { target: { value } });
/** The rubric the editor sent: under `definition`, the shape GET answers (the one body of PUT and GET). */
const sent = () =>
  (call.mock.calls.find(([route]) => route.startsWith('PUT'))?.[1]?.body as { definition: RubricDefinition })
    .definition;

describe('RubricEditor', () => {
  beforeEach(() => answer(() => Promise.resolve({ version: 1 })));

  it('cannot be saved without a criterion, and counts the weights as they are typed', async () => {
    renderEditor();
    expect(await screen.findByText(/評価シートはまだありません/)).toBeTruthy();
    expect(saveButton().disabled).toBe(true);
    await click(screen.getByRole('button', { name: '項目を追加' }));
    expect(saveButton().disabled).toBe(false);
    expect(screen.getByText('配点の合計：10')).toBeTruthy();
    type('criterion-0-weight', '25');
    await click(screen.getByRole('button', { name: '項目を追加' }));
    expect(screen.getByText('配点の合計：35')).toBeTruthy();
    expect((document.getElementById('criterion-1-key') as HTMLInputElement).value).toBe('item_2');
    type('criterion-1-weight', 'abc');
    expect(await screen.findByText('配点の合計：25')).toBeTruthy();
  });

  it('sends a template as edited: numbers as numbers, one level a line, its other fields kept', async () => {
    renderEditor();
    await screen.findByText(/評価シートはまだありません/);
    await waitFor(() => expect(document.querySelector('#rubric-template option[value=doc]')).toBeTruthy());
    type('rubric-template', 'doc');
    await click(screen.getByRole('button', { name: 'テンプレートを読み込む' }));
    expect(screen.getByText('項目 1：必要性')).toBeTruthy();
    type('criterion-0-labelJa', '地域の必要性');
    expect(screen.getByText('項目 1：地域の必要性')).toBeTruthy();
    type('criterion-0-max', '10');
    type('criterion-0-levels', '10 とても高い / Very high\n1 低い');
    await click(screen.getByRole('button', { name: '項目を追加' }));
    await click(saveButton());
    expect(sent()).toEqual({
      titleJa: '書類審査',
      titleEn: 'Document review',
      descriptionJa: '説明',
      // The template did not say: the select shows, and sends, the default (points counted as given).
      scoring: 'proportional',
      criteria: [
        {
          key: 'need',
          labelJa: '地域の必要性',
          labelEn: 'Need',
          weight: 30,
          scale: { min: 1, max: 10, step: 1 },
          levels: [
            { score: 10, labelJa: 'とても高い', labelEn: 'Very high' },
            { score: 1, labelJa: '低い', labelEn: '低い' },
          ],
          commentRequired: true,
        },
        // A new criterion says nothing of a comment it was never asked for, nor of levels it has none of.
        { key: 'item_2', labelJa: '', labelEn: '', weight: 10, scale: { min: 0, max: 5, step: 1 }, levels: undefined },
      ],
    });
    expect(screen.getByRole('status').textContent).toBe('評価シートを保存しました（版 1）');
  });

  it('shows the API’s refusal and no saved version', async () => {
    answer(() =>
      Promise.reject(
        new ApiError({
          type: 'about:blank',
          title: '評価シートの内容に誤りがあります',
          status: 400,
          code: 'validation_failed',
          errors: [{ field: 'criteria.0.labelJa', messages: ['labelJa should not be empty'] }],
        }),
      ),
    );
    renderEditor();
    await screen.findByText(/評価シートはまだありません/);
    await click(screen.getByRole('button', { name: '項目を追加' }));
    await click(screen.getByRole('button', { name: /^削除/ }));
    expect(saveButton().disabled).toBe(true);
    await click(screen.getByRole('button', { name: '項目を追加' }));
    await click(saveButton());
    expect(screen.getByRole('alert').textContent).toContain('評価シートの内容に誤りがあります');
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
