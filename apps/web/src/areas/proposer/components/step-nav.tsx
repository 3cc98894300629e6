import { useT } from '../../../i18n/i18n';
import { STEPS, type Step } from '../form-model';
import { formTexts } from '../form-texts';

export const STEP_LABEL = {
  overview: 'stepOverview',
  content: 'stepContent',
  roles: 'stepRoles',
  budget: 'stepBudget',
  kpis: 'stepKpis',
  attachments: 'stepAttachments',
  submit: 'stepSubmit',
} as const satisfies Record<Step, keyof (typeof formTexts)['ja']>;

/** The steps as a numbered list of buttons; the current one is marked for screen readers too. */
export function StepNav({ step, onStep, flagged }: { step: Step; onStep(step: Step): void; flagged: Set<Step> }) {
  const t = useT(formTexts);
  return (
    <nav aria-label={t('steps')} className="step-nav">
      <ol>
        {STEPS.map((name, index) => (
          <li key={name}>
            <button
              type="button"
              className={name === step ? 'step step-current' : 'step'}
              aria-current={name === step ? 'step' : undefined}
              onClick={() => onStep(name)}
            >
              <span className="step-number">{index + 1}</span> {t(STEP_LABEL[name])}
              {flagged.has(name) ? (
                <span className="step-flag" aria-hidden="true">
                  {' '}
                  ⚠
                </span>
              ) : null}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}

export function StepButtons({ step, onStep }: { step: Step; onStep(step: Step): void }) {
  const t = useT(formTexts);
  const index = STEPS.indexOf(step);
  return (
    <div className="button-row step-buttons">
      {index > 0 ? (
        <button type="button" className="button button-secondary" onClick={() => onStep(STEPS[index - 1])}>
          ← {t(STEP_LABEL[STEPS[index - 1]])}
        </button>
      ) : null}
      {index < STEPS.length - 1 ? (
        <button type="button" className="button" onClick={() => onStep(STEPS[index + 1])}>
          {t(STEP_LABEL[STEPS[index + 1]])} →
        </button>
      ) : null}
    </div>
  );
}
