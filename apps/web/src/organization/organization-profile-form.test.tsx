import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { OrganizationProfileForm, type OrganizationProfile } from './organization-profile-form';

const call = vi.hoisted(() => vi.fn());
vi.mock('../api/client', () => ({ call }));

const PROFILE: OrganizationProfile = {
  id: 'g1',
  kind: 'group',
  nameJa: 'NPO法人みどり',
  nameEn: '',
  contact: {
    postalCode: '',
    address: '',
    phone: '',
    email: '',
    representativeName: '',
    representativeTitle: '',
    contactPerson: '',
  },
};

const byId = (id: string) => document.getElementById(id) as HTMLInputElement;
const save = () => act(async () => void fireEvent.click(document.getElementById('organization-submit')!));

describe('OrganizationProfileForm (団体情報)', () => {
  it('stops a postal code, phone and e-mail in the wrong form, naming each, and sends nothing', async () => {
    call.mockClear();
    render(<OrganizationProfileForm profile={PROFILE} onSaved={() => undefined} />);
    fireEvent.change(byId('organization-postalCode'), { target: { value: '2480' } });
    fireEvent.change(byId('organization-phone'), { target: { value: 'なし' } });
    fireEvent.change(byId('organization-email'), { target: { value: 'info@' } });
    await save();
    expect(document.getElementById('organization-postalCode-error')?.textContent).toContain('123-4567');
    expect(document.getElementById('organization-phone-error')?.textContent).toContain('数字とハイフン');
    expect(document.getElementById('organization-email-error')?.textContent).toContain('メールアドレスの形式');
    expect(call).not.toHaveBeenCalled();
  });

  it('saves every field, trimmed, to the organisation’s contact, and keeps what the API answered', async () => {
    call.mockClear();
    const saved = { ...PROFILE, contact: { ...PROFILE.contact, address: '鎌倉市御成町1-2', phone: '0467-00-0000' } };
    call.mockResolvedValue(saved);
    const onSaved = vi.fn();
    render(<OrganizationProfileForm profile={PROFILE} onSaved={onSaved} />);
    fireEvent.change(byId('organization-address'), { target: { value: ' 鎌倉市御成町1-2 ' } });
    fireEvent.change(byId('organization-phone'), { target: { value: '0467-00-0000' } });
    fireEvent.change(byId('organization-representativeName'), { target: { value: '鎌倉 花子' } });
    await save();
    const [operation, input] = call.mock.calls[0]!;
    expect(operation).toBe('PUT /api/v1/organizations/{id}/profile/contact');
    expect(input.path).toEqual({ id: 'g1' });
    expect(input.body).toEqual({
      postalCode: '',
      address: '鎌倉市御成町1-2',
      phone: '0467-00-0000',
      email: '',
      representativeName: '鎌倉 花子',
      representativeTitle: '',
      contactPerson: '',
    });
    expect(onSaved).toHaveBeenCalledWith(saved);
    expect(screen.getByRole('status').textContent).toBe('団体情報を保存しました。');
  });
});
