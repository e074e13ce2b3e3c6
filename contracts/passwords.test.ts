import { describe, expect, test } from 'vitest';
import { codeOfZodIssue } from './issues.ts';
import { createUserInput, loginInput, updateUserInput } from './people.ts';

const problemsOf = (password: string) =>
  (
    createUserInput.safeParse({ email: 'ny@test.example', name: 'Ny', password }).error?.issues ??
    []
  ).map((issue) => codeOfZodIssue(issue).code);

describe('a new password', () => {
  test.each([
    ['ten spaces', ' '.repeat(10), 'too_short'],
    ['ten ones', '1111111111', 'too_short'],
    ['password12', 'password12', 'too_short'],
    ['twelve spaces', ' '.repeat(12), 'people.password_guessable'],
    ['twelve ones', '111111111111', 'people.password_guessable'],
    ['a repeated pair', '121212121212', 'people.password_guessable'],
    ['the digits in a row', '123456789012', 'people.password_guessable'],
    ['the digits backwards', '0987654321098', 'people.password_guessable'],
    ['a keyboard row', 'qwertyuiopå', 'too_short'],
    ['a keyboard row, long enough', 'asdfghjklöäasdf', 'people.password_guessable'],
    ['password with digits', 'password1234', 'people.password_guessable'],
    ['a Swedish common word with a year', 'Sommar2024!!', 'people.password_guessable'],
    ['Lösenord with signs', '!!Lösenord123', 'people.password_guessable'],
    ['the demo password', 'rodtrad-demo', 'people.password_guessable'],
    ['the service’s name inside', 'mittrodtradkonto', 'people.password_guessable'],
    ['all digits', '20240101199', 'too_short'],
    ['a date in digits', '202401011999', 'people.password_guessable'],
  ])('is refused when it is %s', (_, password, code) => {
    expect(problemsOf(password)).toContain(code);
  });

  test.each([
    ['a sentence', 'korven är god i Kiruna'],
    ['a long random string', 'x7#Gq9!vLm2@'],
    ['words without rules', 'correct horse battery'],
    ['lower-case letters only', 'tranorflygerlågt'],
  ])('is accepted when it is %s: no composition rules', (_, password) => {
    expect(problemsOf(password)).toEqual([]);
  });

  test('is checked when a password is changed too', () => {
    expect(updateUserInput.safeParse({ version: 1, password: 'password1234' }).success).toBe(false);
  });

  test('logging in takes any password, so an existing one (the demo’s) still works', () => {
    expect(loginInput.safeParse({ email: 'a@b.se', password: 'rodtrad-demo' }).success).toBe(true);
  });
});
