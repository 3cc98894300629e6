import { call } from '../../../api/client';
import { useT } from '../../../i18n/i18n';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { useConfirmedSend } from '../../../ui/send-with-confirmation';
import { ProblemMessage } from '../../../ui/components';
import { adminTexts } from './admin-texts';

/**
 * 「委員から外す」 for one member of a committee, after a confirmation that says what stays: their scores, consensus
 * entries and minutes. The committee role goes with the member's last seat of that kind.
 */
export function RemoveCommitteeMember({
  committeeId,
  member,
  onRemoved,
}: {
  committeeId: string;
  member: { userId: string; displayName: string };
  /** Told what to say: the member's row goes away with the removal, so the page says it. */
  onRemoved: (notice: string) => Promise<unknown>;
}) {
  const t = useT(adminTexts);
  const removing = useConfirmedSend(async () => {
    await call('DELETE /api/v1/committees/{id}/members/{userId}', { path: { id: committeeId, userId: member.userId } });
    await onRemoved(t('memberRemoved', { name: member.displayName }));
  });
  return (
    <>
      <button type="button" className="button button-secondary" data-action="remove-member" onClick={removing.ask}>
        {t('removeMember')}
      </button>
      <ConfirmDialog
        open={removing.confirming}
        title={t('removeMemberTitle', { name: member.displayName })}
        confirmLabel={t('removeMember')}
        danger
        busy={removing.busy}
        className="console-dialog"
        onConfirm={() => void removing.send()}
        onCancel={removing.cancel}
      >
        <p>{t('removeMemberBody')}</p>
      </ConfirmDialog>
      {removing.failure ? <ProblemMessage error={removing.failure} /> : null}
    </>
  );
}
