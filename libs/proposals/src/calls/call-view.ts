import type { FieldViolation } from '@kyodo/platform';
import type { CallEntity } from './call.entity';
import { type CallDateWarning, callDateWarnings } from './call-calendar';

/** A call as the API answers it: the row and what its dates deserve a second look for (warnings, not refusals). */
export type CallView = CallEntity & { dateWarnings: CallDateWarning[] };

export function toCallView(call: CallEntity): CallView {
  return { ...call, dateWarnings: callDateWarnings(call) };
}

/**
 * What the call's years and money must be, taken together (a single field's range is the DTO's): 募集年度 no later
 * than 実施年度, a subsidy ratio given whole (both parts, at most 1), and the first years' caps within the maximum.
 */
export function yearAndMoneyViolations(call: CallEntity): FieldViolation[] {
  const violations: FieldViolation[] = [];
  if (call.recruitmentFiscalYear > call.fiscalYear)
    violations.push({
      field: 'recruitmentFiscalYear',
      messages: ['recruitmentFiscalYear (募集年度) must not be later than fiscalYear (実施年度)'],
    });
  const { subsidyRatioNumerator: numerator, subsidyRatioDenominator: denominator } = call;
  if ((numerator === null) !== (denominator === null))
    violations.push({
      field: numerator === null ? 'subsidyRatioNumerator' : 'subsidyRatioDenominator',
      messages: ['subsidyRatioNumerator and subsidyRatioDenominator are given together, or neither'],
    });
  else if (numerator !== null && denominator !== null && numerator > denominator)
    violations.push({
      field: 'subsidyRatioNumerator',
      messages: ['subsidyRatioNumerator must not exceed subsidyRatioDenominator (a ratio of at most 1)'],
    });
  return violations;
}
