import type { Strings } from './en.ts';
import type { portalSv } from './portal.sv.ts';

/** English texts of the public pages, typed against the Swedish ones. */
export const portalEn: Strings<typeof portalSv> = {
  loginLink: 'Published reports',
  loginLinkTenant: 'Published reports – {{tenant}}',
  loginLinkIntro:
    'Without logging in you can read the reports the committees have adopted and published.',
  list: {
    title: 'Published reports – {{tenant}}',
    intro:
      'Reports that the committees have adopted and published for the public. Choose a report to read it.',
    none: 'No reports have been published yet.',
    caption: 'Published reports',
    report: 'Report',
    adopted: 'Adopted',
    decisionRef: 'Case number',
    open: '{{period}} – {{unit}}',
  },
  report: {
    back: 'All published reports',
    published: 'Published {{date}}',
  },
  goals: {
    title: 'The goals and their attainment – {{period}} – {{tenant}}',
    titleLoading: 'The goals and their attainment',
    intro:
      'The goals of the published reports with the committees’ assessments: ● fully met, ◐ partly, ○ not met, – not reported.',
    period: 'Period',
    treeLabel: 'The goals {{period}}',
    notFoundTitle: 'The goals are not here',
    notFound: 'No report of the period is published at this address.',
    linksTitle: 'The goals and their attainment',
    link: 'The goals – {{period}}',
  },
  notFound: {
    title: 'The report does not exist',
    text: 'There is no published report at this address. It may have been unpublished.',
    listText: 'There are no published reports at this address.',
  },
  publication: {
    publish: 'Publish',
    unpublish: 'Unpublish',
    published: 'The report is published: the public can read it without logging in.',
    notPublished: 'The report is adopted but not published to the public.',
    donePublish: 'The report is published.',
    doneUnpublish: 'The report is no longer published.',
    notAdopted: 'Only an adopted report can be published.',
  },
};
