import { useState } from 'react';
import { call } from '../../../api/client';
import type { Schema } from '../../../api/models';
import { ApiError } from '../../../api/problem';

/**
 * What every やさしい日本語 version editor does around its own save: one action at a time, its notice or the API's
 * problem shown (the previous one cleared), and the checker asked about the text being written.
 */
export function useVersionEditor() {
  const [notice, setNotice] = useState<string>();
  const [failure, setFailure] = useState<ApiError>();
  /** Runs `work`; its answer, if any, is the notice; an API refusal is shown instead. */
  const attempt = async (work: () => Promise<string | void>) => {
    setFailure(undefined);
    setNotice(undefined);
    try {
      const said = await work();
      if (said) setNotice(said);
    } catch (error) {
      if (error instanceof ApiError) setFailure(error);
    }
  };
  const checkText = (text: string): Promise<Schema<'PlainJapaneseCheck'>> =>
    call('POST /api/v1/plain-japanese/check', { body: { text } });
  return { notice, failure, attempt, checkText };
}
