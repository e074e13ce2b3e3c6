import nodemailer from 'nodemailer';

/** Sends one plain-text e-mail; a throw leaves the job to be tried again. */
export type Mailer = {
  send: (mail: { to: string; subject: string; text: string }) => Promise<void>;
  close: () => void;
};

/** The SMTP transport the configuration names, or null: e-mail is off. */
export function createMailer(smtpUrl: string | undefined, from: string): Mailer | null {
  if (!smtpUrl) return null;
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    send: async ({ to, subject, text }) => {
      await transport.sendMail({ from, to, subject, text });
    },
    close: () => transport.close(),
  };
}

/** Where an SMTP URL points, without its user or password, for the log. */
export function smtpPlace(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  return `${url.protocol}//${url.host}`;
}
