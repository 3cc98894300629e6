import type { Route } from '../../router/router';
import { Routes } from '../../router/router';
import { RequireRole } from '../../shell/require-role';
import { NotFound } from '../../ui/components';
import { QueuePage } from './queue-page';
import { SheetPage } from './sheet-page';
import './reviewer.css';

const routes: Route[] = [
  { path: '/review', element: () => <QueuePage /> },
  { path: '/review/assignments/:id', element: ({ id }) => <SheetPage id={id} /> },
];

export default function Area() {
  return (
    <RequireRole roles={['reviewer', 'committee_member', 'committee_chair']}>
      <Routes routes={routes} fallback={<NotFound />} />
    </RequireRole>
  );
}
