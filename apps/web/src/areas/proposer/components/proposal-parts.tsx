import { useT } from '../../../i18n/i18n';
import { formTexts } from '../form-texts';
import type { ActivityField, Call } from '../models';
import { Attachments } from './attachments';
import { BudgetTable } from './budget-table';
import { KpiTable } from './kpi-table';
import { RolesTable } from './roles-table';
import { ContentSection, OverviewSection } from './sections';

/**
 * Every part of a proposal, one section each, with its attachments (never editable here): the submitted proposal's
 * page, and the submit step's look back at everything before it goes. The caller provides a read-only form context;
 * `level` fits the headings under the page's own (h2 on the page, h3 under the submit step's h2).
 */
export function ProposalParts({
  proposalId,
  call,
  fields,
  idPrefix,
  level,
}: {
  proposalId: string;
  call: Call | null;
  fields: ActivityField[];
  idPrefix: string;
  level: 'h2' | 'h3';
}) {
  const t = useT(formTexts);
  const Heading = level;
  const parts = [
    ['overview', 'stepOverview', <OverviewSection key="overview" fields={fields} />],
    ['content', 'stepContent', <ContentSection key="content" maxAmount={call?.maxRequestedAmount ?? null} />],
    ['roles', 'stepRoles', <RolesTable key="roles" />],
    ['budget', 'stepBudget', <BudgetTable key="budget" />],
    ['kpis', 'stepKpis', <KpiTable key="kpis" />],
    ['attachments', 'stepAttachments', <Attachments key="attachments" proposalId={proposalId} editable={false} />],
  ] as const;
  return (
    <>
      {parts.map(([name, label, part]) => (
        <section key={name} aria-labelledby={`${idPrefix}-${name}`}>
          <Heading id={`${idPrefix}-${name}`}>{t(label)}</Heading>
          {part}
        </section>
      ))}
    </>
  );
}
