/** Swedish texts of the public pages (no login): published reports and publication. */
export const portalSv = {
  loginLink: 'Publicerade rapporter',
  loginLinkTenant: 'Publicerade rapporter – {{tenant}}',
  loginLinkIntro:
    'Utan inloggning kan du läsa de rapporter som nämnderna har fastställt och publicerat.',
  list: {
    title: 'Publicerade rapporter – {{tenant}}',
    intro:
      'Rapporter som nämnderna har fastställt och publicerat för allmänheten. Välj en rapport för att läsa den.',
    none: 'Inga rapporter är publicerade än.',
    caption: 'Publicerade rapporter',
    report: 'Rapport',
    adopted: 'Fastställd',
    decisionRef: 'Diarienummer',
    open: '{{period}} – {{unit}}',
  },
  report: {
    back: 'Alla publicerade rapporter',
    published: 'Publicerad {{date}}',
  },
  goals: {
    title: 'Målen och deras uppfyllelse – {{period}} – {{tenant}}',
    titleLoading: 'Målen och deras uppfyllelse',
    intro:
      'Målen i de publicerade rapporterna med nämndernas bedömning: ● uppfylls helt, ◐ delvis, ○ inte, – ej rapporterat.',
    period: 'Period',
    treeLabel: 'Målen {{period}}',
    notFoundTitle: 'Målen finns inte',
    notFound: 'Ingen rapport för perioden är publicerad på den här adressen.',
    linksTitle: 'Målen och deras uppfyllelse',
    link: 'Målen – {{period}}',
  },
  notFound: {
    title: 'Rapporten finns inte',
    text: 'Det finns ingen publicerad rapport på den här adressen. Den kan ha tagits bort från publicering.',
    listText: 'Det finns inga publicerade rapporter på den här adressen.',
  },
  publication: {
    publish: 'Publicera',
    unpublish: 'Avpublicera',
    published: 'Rapporten är publicerad och kan läsas av allmänheten utan inloggning.',
    notPublished: 'Rapporten är fastställd men inte publicerad för allmänheten.',
    donePublish: 'Rapporten är publicerad.',
    doneUnpublish: 'Rapporten är inte längre publicerad.',
    notAdopted: 'Bara en fastställd rapport kan publiceras.',
  },
};
