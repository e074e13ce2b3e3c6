import type { Strings } from './en.ts';
import type { compilationSv } from './compilation.sv.ts';

/** English texts of the city's compilation page, typed against the Swedish ones. */
export const compilationEn: Strings<typeof compilationSv> = {
  nav: 'City compilation',
  title: 'The city’s compilation',
  intro:
    'Every committee’s report of a period in one document: a common introduction with the council’s goals and the committees’ assessments, then each committee’s report. The document is made in the background; you may leave the page meanwhile.',
  startTitle: 'Make a compilation',
  year: 'Year',
  period: 'Period',
  format: 'Format',
  formats: { html: 'Web page (HTML)', docx: 'Word (docx)', pdf: 'PDF' },
  start: 'Make',
  starting: 'Starting …',
  progressTitle: 'In progress',
  progress: '{{done}} of {{total}} committees',
  now: 'now: {{unit}}',
  queued: 'Queued, starting soon',
  assembling: 'Putting the document together',
  cancel: 'Cancel',
  cancelled: 'The compilation was cancelled.',
  download: 'Download {{name}}',
  listTitle: 'Earlier compilations',
  empty: 'No compilations yet.',
  columns: {
    requested: 'Requested',
    period: 'Period',
    format: 'Format',
    status: 'Status',
    by: 'By',
    file: 'File',
  },
  statuses: {
    queued: 'Queued',
    running: 'Running',
    cancelled: 'Cancelled',
    failed: 'Failed',
    done: 'Done',
  },
  failed: 'The compilation failed: {{error}}',
};
