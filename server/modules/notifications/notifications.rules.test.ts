import { describe, expect, test } from 'vitest';
import type { NotificationData } from '#contracts/notifications.ts';
import {
  audienceOf,
  deadlineReminder,
  digestMail,
  preferencesWithDefaults,
  recipientsOf,
  swedishText,
} from './notifications.rules.ts';
import { smtpPlace } from './notifications.mail.ts';

const data: NotificationData = {
  unitName: 'Stadsledningskontoret',
  periodName: 'Tertialrapport 2 2026',
  actorName: 'Anna Andersson',
  comment: 'Analysen saknas.',
  deadline: '2026-09-15',
};

describe('who is told', () => {
  const grants = [
    { userId: 'reporter', role: 'reporter', unitId: 'office' },
    { userId: 'controller', role: 'controller', unitId: 'council' },
    { userId: 'approver', role: 'approver', unitId: 'office' },
    { userId: 'elsewhere', role: 'reporter', unitId: 'it' },
    { userId: 'admin', role: 'admin', unitId: null },
  ] as const;
  const ancestry = ['office', 'council'];

  test('a report sent back goes to the writers of the unit and of the units above it', () => {
    expect(recipientsOf(grants, audienceOf('sent_back'), ancestry, 'approver')).toEqual([
      'reporter',
      'controller',
    ]);
  });

  test('a report ready for review goes to its approvers, never to the one who acted', () => {
    expect(recipientsOf(grants, audienceOf('ready_for_review'), ancestry, null)).toEqual([
      'approver',
    ]);
    expect(recipientsOf(grants, 'followup.approve', ancestry, 'approver')).toEqual([]);
  });
});

describe('what a person gets', () => {
  test('by default everything in the app, and e-mail for a send-back, a review and deadlines', () => {
    const emailed = preferencesWithDefaults([])
      .filter((p) => p.email)
      .map((p) => p.kind);
    expect(emailed).toEqual(['sent_back', 'ready_for_review', 'deadline_soon', 'deadline_passed']);
    expect(preferencesWithDefaults([]).every((p) => p.inApp)).toBe(true);
  });

  test('a choice made replaces the default of its kind only', () => {
    const chosen = preferencesWithDefaults([{ kind: 'mention', inApp: false, email: true }]);
    expect(chosen).toHaveLength(7);
    expect(chosen.find((p) => p.kind === 'mention')).toEqual({
      kind: 'mention',
      inApp: false,
      email: true,
    });
  });
});

describe('deadline reminders', () => {
  test('from N days before the deadline to the day itself it is near', () => {
    expect(deadlineReminder('2026-09-15', '2026-09-07', 7)).toBeNull();
    expect(deadlineReminder('2026-09-15', '2026-09-08', 7)).toBe('deadline_soon');
    expect(deadlineReminder('2026-09-15', '2026-09-15', 7)).toBe('deadline_soon');
  });

  test('for a fortnight after the deadline it has passed; after that, and without one, nothing', () => {
    expect(deadlineReminder('2026-09-15', '2026-09-16', 7)).toBe('deadline_passed');
    expect(deadlineReminder('2026-09-15', '2026-09-29', 7)).toBe('deadline_passed');
    expect(deadlineReminder('2026-09-15', '2026-09-30', 7)).toBeNull();
    expect(deadlineReminder(null, '2026-09-15', 7)).toBeNull();
  });
});

describe('the e-mail', () => {
  test('says what happened in plain Swedish', () => {
    expect(swedishText('sent_back', data)).toBe(
      'Rapporten för Stadsledningskontoret, Tertialrapport 2 2026, har skickats tillbaka av Anna Andersson. Motivering: Analysen saknas.',
    );
    expect(swedishText('deadline_soon', data)).toBe(
      'Rapporten för Stadsledningskontoret, Tertialrapport 2 2026, ska vara klar senast 15 september 2026.',
    );
    expect(swedishText('mention', data)).toBe(
      'Anna Andersson nämnde dig i Stadsledningskontoret, Tertialrapport 2 2026: ”Analysen saknas.”',
    );
  });

  test('a digest names how many and links each to its place', () => {
    const link = '/followup?year=2026&period=p&unit=u';
    const mail = digestMail(
      'Bo',
      [
        { kind: 'approved', data, link },
        { kind: 'adopted', data, link },
      ],
      'https://rodtrad.kommun.se',
    );
    expect(mail.subject).toBe('Rödtråd: 2 nya aviseringar');
    expect(mail.text).toMatch(/^Hej Bo!\n\nRapporten för/);
    expect(
      mail.text.match(/Öppna: https:\/\/rodtrad\.kommun\.se\/followup\?year=2026/g),
    ).toHaveLength(2);
    expect(mail.text).toContain('https://rodtrad.kommun.se/notifications');
  });
});

test('the log names the mail server without its user or password', () => {
  expect(smtpPlace('smtps://rodtrad:hemligt@mail.kommun.se:465')).toBe(
    'smtps://mail.kommun.se:465',
  );
});
