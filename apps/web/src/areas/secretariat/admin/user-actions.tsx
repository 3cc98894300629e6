import { useState } from 'react';
import { call } from '../../../api/client';
import { useT } from '../../../i18n/i18n';
import { useAction, type ActionState } from '../../../ui/use-action';
import { ConfirmDialog } from '../components/confirm-dialog';
import type { DirectoryUser } from './admin-models';
import { adminTexts } from './admin-texts';

type Membership = DirectoryUser['memberships'][number];

/** One of the administrator's actions on a user, waiting for its confirmation. */
export type UserAction =
  | { kind: 'deactivate' | 'reactivate' | 'endSessions' | 'resetMfa'; user: DirectoryUser }
  | { kind: 'removeRole'; user: DirectoryUser; membership: Membership; roleLabel: string };

export interface UserActions extends ActionState {
  pending: UserAction | null;
  ask: (action: UserAction) => void;
  cancel: () => void;
  confirm: () => Promise<void>;
}

/** 状態 of a user as the list shows it: deactivated first, then still on the initial password. */
export function statusKey(user: DirectoryUser) {
  if (!user.active) return 'statusInactive' as const;
  return user.mustChangePassword ? ('statusInitialPassword' as const) : ('statusActive' as const);
}

/**
 * Deactivate, reactivate, end the sign-ins, reset two-step sign-in, remove a role: each asked for, confirmed in one dialog, then sent;
 * `onChanged` reads the list again. A refusal (the API's title) stays in `failure` for the page's alert.
 */
export function useUserActions(onChanged: () => Promise<void>): UserActions {
  const t = useT(adminTexts);
  const action = useAction();
  const [pending, setPending] = useState<UserAction | null>(null);

  const send = async (a: UserAction): Promise<string> => {
    const name = a.user.displayName;
    const path = { id: a.user.id };
    switch (a.kind) {
      case 'deactivate':
        await call('POST /api/v1/users/{id}/deactivate', { path });
        await onChanged();
        return t('deactivated', { name });
      case 'reactivate':
        await call('POST /api/v1/users/{id}/reactivate', { path });
        await onChanged();
        return t('reactivated', { name });
      case 'endSessions': {
        const { ended } = await call('POST /api/v1/users/{id}/sessions/end', { path });
        return t('sessionsEnded', { name, count: ended });
      }
      case 'resetMfa':
        await call('POST /api/v1/users/{id}/mfa/reset', { path });
        await onChanged();
        return t('mfaReset', { name });
      case 'removeRole':
        await call('POST /api/v1/users/{id}/roles/remove', {
          path,
          body: { role: a.membership.role, organizationId: a.membership.organizationId },
        });
        await onChanged();
        return t('roleRemoved', { name, role: a.roleLabel });
    }
  };

  return {
    ...action,
    pending,
    ask: setPending,
    cancel: () => setPending(null),
    confirm: async () => {
      if (pending) await action.run(() => send(pending));
      setPending(null);
    },
  };
}

/** The confirmation of the pending action: what it does, in plain words, and a button that says the same. */
export function UserActionDialog({ actions }: { actions: UserActions }) {
  const t = useT(adminTexts);
  const a = actions.pending;
  const name = a?.user.displayName ?? '';
  const words = !a
    ? { title: '', hint: '', label: '' }
    : a.kind === 'removeRole'
      ? {
          title: t('removeRoleConfirm', { name, role: a.roleLabel }),
          hint: t('removeRoleHint'),
          label: t('removeRole'),
        }
      : {
          title: t(`${a.kind}Confirm`, { name }),
          hint: t(`${a.kind}Hint`),
          label: t(a.kind),
        };
  return (
    <ConfirmDialog
      open={a !== null}
      title={words.title}
      busy={actions.busy}
      danger={a?.kind !== 'reactivate'}
      confirmLabel={words.label}
      onConfirm={() => void actions.confirm()}
      onCancel={() => actions.cancel()}
    >
      <p>{words.hint}</p>
    </ConfirmDialog>
  );
}
