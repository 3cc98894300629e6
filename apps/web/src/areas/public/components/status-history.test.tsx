import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StatusHistory } from './status-history';

const at = (day: number) => `2026-04-${String(day).padStart(2, '0')}T01:00:00Z`;

describe('StatusHistory (Japanese)', () => {
  it('names each move — submission, return, resubmission, acceptance — not the same state three times', () => {
    render(
      <StatusHistory
        history={[
          { state: 'submitted.screening', at: at(1) },
          { state: 'submitted.revisionRequested', at: at(2) },
          { state: 'submitted.screening', at: at(3) },
          { state: 'review', at: at(4) },
          { state: 'jointEvaluation', at: at(5) },
          { state: 'decided.adopted', at: at(6) },
        ]}
      />,
    );
    const steps = [...document.querySelectorAll('li')].map((li) => li.textContent!.replace(/^\S+\s/, ''));
    expect(steps).toEqual(['提出', '修正依頼', '再提出', '受理（審査）', '合同評価', '決定（採択）']);
  });
});
