import { ORIGIN_LABELS } from '@kyodo/proposals';
import { ORIGIN_MESSAGES } from '../../apps/web/src/i18n/origin-labels';

describe('one label set for proposal type and proposer', () => {
  it('gives the web pages the words the PDFs, workbooks and open data use', () => {
    for (const key of ['theme', 'free', 'group', 'department'] as const) {
      expect({ ja: ORIGIN_MESSAGES.ja[key], en: ORIGIN_MESSAGES.en[key] }).toEqual(ORIGIN_LABELS[key]);
    }
  });
});
