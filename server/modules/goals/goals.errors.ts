import { createError } from '#server/errors.ts';

export const goalNotFound = createError('goals.not_found', 404, 'No such goal');
/** details: { current, yours } */
export const goalConflict = createError(
  'goals.conflict',
  409,
  'Someone else changed this goal while you were editing; compare and save again',
);
export const assignmentNotFound = createError(
  'goals.assignment_not_found',
  404,
  'The goal is not assigned to that unit',
);
