import { ApiError } from '../api/problem';

/** Anything a load threw, as the problem the pages know how to show (the client throws ApiError already). */
export function asApiError(error: unknown): ApiError {
  return error instanceof ApiError
    ? error
    : new ApiError({ type: 'about:blank', title: String(error), status: 0, code: 'client_error' });
}
