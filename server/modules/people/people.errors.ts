import { AppError, createError } from '#server/errors.ts';

export const invalidCredentials = createError(
  'auth.invalid_credentials',
  401,
  'Wrong e-mail or password',
);
/** Refused for `retryAfterSeconds`, until the failures counted leave their minute. */
export const tooManyLogins = (retryAfterSeconds: number) =>
  new AppError(
    'rate_limited',
    429,
    'Too many failed logins; wait a minute and try again',
    undefined,
    retryAfterSeconds,
  );
export const chooseTenant = createError(
  'auth.choose_tenant',
  409,
  'The address and password fit accounts in several organisations; choose one',
);
export const userNotFound = createError('people.user_not_found', 404, 'User not found');
export const grantNotFound = createError('people.grant_not_found', 404, 'Grant not found');
export const emailTaken = createError('people.email_taken', 409, 'A user with this e-mail exists');
export const userConflict = createError(
  'people.conflict',
  409,
  'Someone else changed this user; reload and try again',
);
export const grantExists = createError(
  'people.grant_exists',
  409,
  'The user already has this role on this unit',
);
export const grantScope = createError(
  'people.grant_scope',
  422,
  'The role does not fit that scope',
);
export const unknownUnit = createError('people.unknown_unit', 422, 'No such unit in this tenant');
export const lastAdmin = createError(
  'people.last_admin',
  409,
  'The tenant would be left without an administrator',
);
