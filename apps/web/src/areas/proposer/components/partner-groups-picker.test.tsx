import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../api/problem';
import { PartnerGroupsPicker } from './partner-groups-picker';

const ORGANIZATIONS = [
  { id: 'g1', kind: 'group' as const, nameJa: 'NPO法人みどり', nameEn: '' },
  { id: 'g2', kind: 'group' as const, nameJa: '由比ガ浜町内会', nameEn: '' },
  { id: 'i1', kind: 'intermediary' as const, nameJa: '市民活動センター', nameEn: '' },
  { id: 'd1', kind: 'department' as const, nameJa: 'こども家庭課', nameEn: '' },
];

const box = (id: string) => document.getElementById(`partner-group-${id}`) as HTMLInputElement | null;
const save = () => act(async () => void fireEvent.click(document.getElementById('partner-groups-submit')!));

describe('PartnerGroupsPicker', () => {
  it('offers the citizen groups and intermediaries, not departments, with the saved ones ticked', () => {
    render(<PartnerGroupsPicker organizations={ORGANIZATIONS} current={['g2']} onSave={async () => undefined} />);
    expect([box('g1')?.checked, box('g2')?.checked, box('i1')?.checked]).toEqual([false, true, false]);
    expect(box('d1')).toBeNull();
    expect(screen.getByText('由比ガ浜町内会')).toBeTruthy();
  });

  it('saves the groups ticked, in the list’s order, and says so', async () => {
    const onSave = vi.fn(async () => undefined);
    render(<PartnerGroupsPicker organizations={ORGANIZATIONS} current={['g2']} onSave={onSave} />);
    fireEvent.click(box('g1')!);
    fireEvent.click(box('g2')!);
    fireEvent.click(box('i1')!);
    await save();
    expect(onSave).toHaveBeenCalledWith(['g1', 'i1']);
    expect(screen.getByRole('status').textContent).toBe('協働相手を保存しました。');
  });

  it('saves none as an empty list, and shows the API’s refusal without claiming success', async () => {
    const onSave = vi.fn(async (_ids: string[]) => {
      throw new ApiError({
        type: 'about:blank',
        title: '参照先が見つかりません',
        status: 422,
        code: 'invalid_reference',
        detail: '協働相手の団体が見つかりません。',
      } as ConstructorParameters<typeof ApiError>[0]);
    });
    render(<PartnerGroupsPicker organizations={ORGANIZATIONS} current={['g2']} onSave={onSave} />);
    fireEvent.click(box('g2')!);
    await save();
    expect(onSave).toHaveBeenCalledWith([]);
    expect(screen.getByRole('status').textContent).toBe('');
    expect(document.body.textContent).toContain('協働相手の団体が見つかりません。');
  });

  it('says so when no group is registered', () => {
    render(<PartnerGroupsPicker organizations={ORGANIZATIONS.slice(3)} current={[]} onSave={async () => undefined} />);
    expect(document.body.textContent).toContain('登録されている団体がありません');
  });
});
