import type { Config } from '#server/config.ts';
import type { Db } from '#server/db/client.ts';
import { createMailer, smtpPlace } from '#server/modules/notifications/notifications.mail.ts';
import {
  DEADLINES,
  MAIL,
  NOTIFY,
  handleMail,
  handleNotify,
  type JobDeps,
  type NotifyEvent,
} from '#server/modules/notifications/notifications.jobs.ts';
import { remindDeadlines } from '#server/modules/notifications/notifications.deadlines.ts';
import { startQueue, type JobQueue } from './queue.ts';
import {
  COMPILE,
  runCompilation,
} from '#server/modules/documents/compilation/documents.compilation.jobs.ts';
import { createPdfPrinter, type PdfPrinter } from '#server/modules/documents/documents.pdf.ts';
import { repositories } from '#server/repositories.ts';

export type JobsConfig = Pick<
  Config,
  'smtpUrl' | 'mailFrom' | 'publicUrl' | 'mailDigestSeconds' | 'chromiumPath'
>;

export type Jobs = { queue: JobQueue; stop: () => Promise<void> };

/**
 * Every background job on one screen, like modules.ts for routes: the queues, their workers and
 * the schedules. main.ts starts them before the app and stops them before the database closes.
 */
export async function startJobs(options: {
  db: Db;
  config: JobsConfig;
  now?: () => Date;
  log: (line: string) => void;
  /** how often an idle worker asks for work (tests ask often) */
  pollingSeconds?: number;
  /** the process's Chromium (main.ts), shared with the app; without it the jobs make their own */
  printer?: PdfPrinter;
}): Promise<Jobs> {
  const { db, config, log } = options;
  const queue = await startQueue(
    db,
    [
      { name: NOTIFY },
      { name: MAIL, policy: 'short' },
      { name: DEADLINES, policy: 'short' },
      { name: COMPILE },
    ],
    { pollingSeconds: options.pollingSeconds, log },
  );
  const mailer = createMailer(config.smtpUrl, config.mailFrom);
  log(
    config.smtpUrl
      ? `E-mail: notifications go out through ${smtpPlace(config.smtpUrl)}`
      : 'E-mail: off (set RODTRAD_SMTP_URL to send notifications by e-mail)',
  );
  const deps: JobDeps = {
    db,
    queue,
    mailer,
    publicUrl: config.publicUrl,
    digestSeconds: config.mailDigestSeconds,
    now: options.now ?? (() => new Date()),
  };
  await queue.work<NotifyEvent>(NOTIFY, (event) => handleNotify(deps, event));
  await queue.work<{ tenantId: string; userId: string }>(MAIL, (job) => handleMail(deps, job));
  await queue.work(DEADLINES, async () => {
    await remindDeadlines(deps);
  });
  await queue.schedule(DEADLINES, '5 * * * *');
  // The city's compilation: a job per compilation; a stopping process leaves it between two
  // committees, and every start sends the unfinished ones again so that they resume at once
  let stopping = false;
  const printer = options.printer ?? createPdfPrinter(config.chromiumPath);
  const compiling = { db, printer, now: deps.now };
  await queue.work<{ id: string }>(COMPILE, ({ id }) =>
    runCompilation(compiling, id, { stopping: () => stopping }),
  );
  for (const id of await repositories(db).compilations.unfinished())
    await queue.send(COMPILE, { id });
  return {
    queue,
    stop: async () => {
      stopping = true;
      await queue.stop();
      // a printer given is its giver's to close
      if (!options.printer) await printer.close();
      mailer?.close();
    },
  };
}
