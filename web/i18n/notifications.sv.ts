/** Swedish texts of the notifications: the header link, the list and each person's choices. */
export const notificationsSv = {
  link: 'Aviseringar',
  linkUnread: 'Aviseringar ({{count}})',
  title: 'Aviseringar',
  listTitle: 'Dina aviseringar',
  empty: 'Du har inga aviseringar.',
  unread: 'Oläst',
  open: 'Öppna rapporten',
  markRead: 'Markera som läst',
  markAllRead: 'Markera alla som lästa',
  marked: 'Aviseringen är markerad som läst.',
  allMarked: 'Alla aviseringar är markerade som lästa.',
  someone: 'någon',
  text: {
    sent_back:
      'Rapporten för {{unit}}, {{period}}, har skickats tillbaka av {{actor}}. Motivering: {{comment}}',
    ready_for_review: 'Rapporten för {{unit}}, {{period}}, är klar för granskning.',
    approved: 'Rapporten för {{unit}}, {{period}}, har godkänts av {{actor}}.',
    adopted: 'Rapporten för {{unit}}, {{period}}, har fastställts.',
    deadline_soon: 'Rapporten för {{unit}}, {{period}}, ska vara klar senast {{deadline}}.',
    deadline_passed:
      'Rapporten för {{unit}}, {{period}}, skulle ha varit klar {{deadline}} och är inte klar än.',
    mention: '{{actor}} nämnde dig i {{unit}}, {{period}}: ”{{comment}}”',
  },
  preferences: {
    title: 'Vad du vill få',
    intro:
      'Välj för varje slag av händelse om den ska visas här och om den ska komma med e-post. Flera händelser inom några minuter kommer som ett samlat e-postmeddelande.',
    inApp: 'Visa i Rödtråd',
    email: 'Skicka e-post',
    save: 'Spara valen',
    saved: 'Dina val är sparade.',
    kinds: {
      sent_back: 'En rapport skickas tillbaka',
      ready_for_review: 'En rapport är klar för granskning',
      approved: 'En rapport godkänns',
      adopted: 'En rapport fastställs',
      deadline_soon: 'Sista dag för en rapport närmar sig',
      deadline_passed: 'Sista dag för en rapport har passerat',
      mention: 'Någon nämner dig',
    },
  },
  settings: {
    title: 'Påminnelser i hela organisationen',
    days: 'Antal dagar före sista dag som påminnelsen kommer',
    save: 'Spara',
    saved: 'Påminnelsedagarna är sparade.',
  },
};
