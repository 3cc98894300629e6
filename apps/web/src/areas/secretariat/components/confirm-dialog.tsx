import type { ComponentProps } from 'react';
import { ConfirmDialog as SharedConfirmDialog } from '../../../ui/confirm-dialog';

/** The console's confirmations: the shared dialog (ui/confirm-dialog.tsx) in the console's style. */
export function ConfirmDialog(props: ComponentProps<typeof SharedConfirmDialog>) {
  return <SharedConfirmDialog className="console-dialog" {...props} />;
}
