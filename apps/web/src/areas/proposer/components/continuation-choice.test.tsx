import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/problem';
import { type ContinuationCandidate, ContinuationChoice } from './continuation-choice';

const candidate = (id: string, fiscalYear: number, year: number, withinCap: boolean): ContinuationCandidate => ({
  id,
  title: `多世代食堂 ${fiscalYear}`,
  receiptNumber: `${fiscalYear}-0001`,
  fiscalYear,
  callTitleJa: `${fiscalYear}年度`,
  callTitleEn: `FY${fiscalYear}`,
  state: 'implementation',
  year,
  withinCap,
});
const CANDIDATES = [candidate('p2025', 2025, 3, true), candidate('p2024', 2024, 4, false)];

/** The choice in Japanese (the default locale), recording what it was asked to save. */
function renderChoice(current: string | null = null, answer?: () => Promise<void>) {
  const saved: Array<string | null> = [];
  render(
    <ContinuationChoice
      candidates={CANDIDATES}
      current={current}
      maxYears={3}
      onSave={(predecessorId) => {
        saved.push(predecessorId);
        return answer ? answer() : Promise.resolve();
      }}
    />,
  );
  return saved;
}
const select = () => document.getElementById('continuation-predecessor') as HTMLSelectElement | null;
const save = () => act(async () => void fireEvent.click(screen.getByRole('button', { name: '提案の種類を保存' })));

describe('ContinuationChoice', () => {
  it('offers the predecessors only for a continuation, and the one over the cap cannot be chosen', () => {
    renderChoice();
    expect(select()).toBeNull();
    fireEvent.click(screen.getByLabelText('継続提案（前年度からの継続）'));
    const options = [...select()!.options];
    expect(options.map((o) => [o.value, o.disabled])).toEqual([
      ['', false],
      ['p2025', false],
      ['p2024', true],
    ]);
    expect(options[2]!.textContent).toContain('上限の3年を超える');
  });

  it('says which year the proposal will be and saves the chosen predecessor', async () => {
    const saved = renderChoice();
    fireEvent.click(screen.getByLabelText('継続提案（前年度からの継続）'));
    fireEvent.change(select()!, { target: { value: 'p2025' } });
    expect(screen.getByTestId('continuation-year').textContent).toBe(
      'この提案は継続事業の3年目になります（最長3年）。',
    );
    await save();
    expect(saved).toEqual(['p2025']);
    expect(screen.getByRole('status').textContent).toBe('保存しました');
  });

  it('refuses a continuation without a predecessor, beside the field, and sends nothing', async () => {
    const saved = renderChoice();
    fireEvent.click(screen.getByLabelText('継続提案（前年度からの継続）'));
    await save();
    expect(saved).toEqual([]);
    expect(document.getElementById('continuation-predecessor-error')?.textContent).toContain(
      '継続元の提案を選んでください',
    );
  });

  it('turns a continuation back into a new project (null), and shows the API’s refusal', async () => {
    const refusal = new ApiError({
      type: 'about:blank',
      title: 'この募集回では継続提案を受け付けていません。',
      status: 422,
      code: 'continuation_not_allowed',
    });
    const saved = renderChoice('p2025', () => Promise.reject(refusal));
    expect(select()!.value).toBe('p2025');
    fireEvent.click(screen.getByLabelText('新規提案'));
    await save();
    expect(saved).toEqual([null]);
    expect(await screen.findByText('この募集回では継続提案を受け付けていません。')).toBeTruthy();
  });

  it('says in Japanese that the project is being continued by another proposal already', async () => {
    const refusal = new ApiError({
      type: 'about:blank',
      title:
        'この事業を継続する提案は、すでにあります（作成中、審査中または採択済み）。作成中・審査中ならその提案を続けて編集するか、取り下げてから作り直してください。採択済みなら、その年度の事業を継続してください。',
      status: 422,
      code: 'continuation_already_proposed',
    });
    const saved = renderChoice(null, () => Promise.reject(refusal));
    fireEvent.click(screen.getByLabelText('継続提案（前年度からの継続）'));
    fireEvent.change(select()!, { target: { value: 'p2025' } });
    await save();
    expect(saved).toEqual(['p2025']);
    expect((await screen.findByRole('alert')).textContent).toContain(
      'この事業を継続する提案は、すでにあります（作成中、審査中または採択済み）。',
    );
    expect(select()!.value).toBe('p2025');
  });
});
