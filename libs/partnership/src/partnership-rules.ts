import { hasRole, type Actor } from '@kyodo/platform';
import { PartnershipError, PartnershipErrorCode } from './partnership-errors';
import type { Project } from './project-reader';

/** While the project runs (START sent, END not yet): plan changes and milestone statuses. */
export function mustBeImplementing(project: Project): void {
  if (project.view.state !== 'implementation')
    throw new PartnershipError(PartnershipErrorCode.NotImplementing, { state: project.view.state });
}

/** Once the project has ended (END sent): the results report. */
export function mustHaveEnded(project: Project): void {
  if (!project.view.state.startsWith('projectEvaluation'))
    throw new PartnershipError(PartnershipErrorCode.NotEnded, { state: project.view.state });
}

/** A partner (the proposing organisation or a partner department), or with `secretariat`, the secretariat too. */
export function mustBePartner(actor: Actor, project: Project, secretariat = false): void {
  if (project.party !== null) return;
  if (secretariat && hasRole(actor, 'secretariat')) return;
  throw new PartnershipError(PartnershipErrorCode.NotPartner);
}

/** The secretariat's note: trimmed, and required to return. */
export function reviewNote(decision: string, note: string | undefined): string | null {
  const trimmed = note?.trim() ? note.trim() : null;
  if (decision === 'returned' && !trimmed) throw new PartnershipError(PartnershipErrorCode.ReturnNeedsNote);
  return trimmed;
}
