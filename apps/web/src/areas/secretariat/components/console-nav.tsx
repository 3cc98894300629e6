import { useSession } from '../../../auth/session';
import { useT } from '../../../i18n/i18n';
import { Link, useLocation } from 'react-router';
import { activityFieldTexts } from '../admin/activity-field-texts';
import { adminTexts } from '../admin/admin-texts';
import { municipalitySettingsTexts } from '../admin/municipality-settings-texts';
import { municipalityTexts } from '../platform/municipality-texts';
import { consoleTexts } from '../texts';
import { feedbackSummaryTexts } from '../feedback/feedback-summary-texts';

const ITEMS = [
  { to: '/console', key: 'navDashboard' },
  { to: '/console/calls/new', key: 'navNewCall' },
  { to: '/console/reports', key: 'navReports' },
  { to: '/console/dead-letters', key: 'navDeadLetters' },
  { to: '/console/templates', key: 'navTemplates' },
  { to: '/console/group-registrations', key: 'navGroupRegistrations' },
  { to: '/console/plain-japanese', key: 'navPlainJapanese' },
  { to: '/console/furigana-readings', key: 'navFuriganaReadings' },
] as const;

const FEEDBACK = { to: '/console/feedback', key: 'nav' } as const;

const ADMIN_ITEMS = [
  { to: '/console/admin/organizations', key: 'navOrganizations' },
  { to: '/console/admin/users', key: 'navUsers' },
  { to: '/console/admin/committees', key: 'navCommittees' },
] as const;
const ADMIN_FIELDS = { to: '/console/admin/activity-fields', key: 'navActivityFields' } as const;
const ADMIN_SETTINGS = { to: '/console/admin/municipality-settings', key: 'navSettings' } as const;
const PLATFORM_MUNICIPALITIES = { to: '/console/platform/municipalities', key: 'navMunicipalities' } as const;

/** The console's own menu, above every page of the area. */
export function ConsoleNav() {
  const t = useT(consoleTexts);
  const ta = useT(adminTexts);
  const tf = useT(activityFieldTexts);
  const tm = useT(municipalityTexts);
  const ts = useT(municipalitySettingsTexts);
  const tq = useT(feedbackSummaryTexts);
  const { pathname } = useLocation();
  const session = useSession();
  const staff = session.hasRole('secretariat', 'admin');
  const admin = session.hasRole('admin');
  const items = [
    // The operator belongs to no municipality: the secretariat's pages would only refuse it.
    ...(staff ? ITEMS.map((item) => ({ to: item.to, label: t(item.key) })) : []),
    ...(staff ? [{ to: FEEDBACK.to, label: tq(FEEDBACK.key) }] : []),
    // Only the administrator manages organisations, users and committees.
    ...(admin ? ADMIN_ITEMS.map((item) => ({ to: item.to, label: ta(item.key) })) : []),
    ...(admin ? [{ to: ADMIN_FIELDS.to, label: tf(ADMIN_FIELDS.key) }] : []),
    ...(admin ? [{ to: ADMIN_SETTINGS.to, label: ts(ADMIN_SETTINGS.key) }] : []),
    // Only the platform operator registers municipalities.
    ...(session.operator ? [{ to: PLATFORM_MUNICIPALITIES.to, label: tm(PLATFORM_MUNICIPALITIES.key) }] : []),
  ];
  return (
    <nav className="console-nav" aria-label={staff ? t('consoleNav') : tm('platformNav')}>
      <ul>
        {items.map((item) => (
          <li key={item.to}>
            <Link to={item.to} aria-current={pathname === item.to ? 'page' : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Links between the pages of one call. */
export function CallNav({ callId }: { callId: string }) {
  const t = useT(consoleTexts);
  const { pathname } = useLocation();
  const items = [
    { to: `/console/calls/${callId}`, label: t('editCall') },
    { to: `/console/calls/${callId}/proposals`, label: t('proposalsOfCall') },
    { to: `/console/calls/${callId}/sessions/new`, label: t('scheduleSession') },
    { to: `/console/calls/${callId}/publication`, label: t('publication') },
    { to: `/console/calls/${callId}/plain-japanese`, label: t('plainJapaneseVersion') },
  ];
  return (
    <nav className="call-nav" aria-label={t('editCall')}>
      <ul>
        {items.map((item) => (
          <li key={item.to}>
            <Link to={item.to} aria-current={pathname === item.to ? 'page' : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
