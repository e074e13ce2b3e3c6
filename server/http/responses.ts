import { errorResponse } from '#contracts/common.ts';

/** The error responses every authenticated route may give, for its schema. */
export const errorResponses = {
  401: errorResponse,
  403: errorResponse,
  404: errorResponse,
  409: errorResponse,
  422: errorResponse,
};
