import { useQueryClient } from '@tanstack/react-query';
import { call } from '../api/client';
import { keys } from '../queries/keys';
import { useApiQuery } from '../queries/use-api-query';
import type { Partnership } from './partnership-models';

/** The query key of a proposal's partnership: below the proposal's own, so a write to the proposal refreshes it too. */
export const partnershipKey = (proposalId: string) => [...keys.proposals.one(proposalId), 'partnership'] as const;

/** A proposal's partnership (agreement, conditions, KPIs, reports, milestones), and how to show a write's answer. */
export function usePartnership(proposalId: string) {
  const state = useApiQuery(partnershipKey(proposalId), (signal) =>
    call('GET /api/v1/proposals/{id}/partnership', { path: { id: proposalId }, signal }),
  );
  const client = useQueryClient();
  /** A write answered the partnership as it now is: shown at once; every other read of the proposal refetched. */
  const replace = (next: Partnership) => {
    client.setQueryData(partnershipKey(proposalId), next);
    void client.invalidateQueries({ queryKey: keys.proposals.one(proposalId), refetchType: 'none' });
  };
  /** After an event sent through the proposal's own route: read the partnership again. */
  const reload = () => client.invalidateQueries({ queryKey: partnershipKey(proposalId) });
  return { state, replace, reload };
}
