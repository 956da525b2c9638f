import nodemailer from 'nodemailer';

/** One e-mail, in plain text and HTML. */
export type MailMessage = { to: string; subject: string; text: string; html: string };

/**
 * Sends the reporting rounds' e-mails. `null` where no mail server is configured (no SMTP_URL): the
 * rounds work all the same and every send is recorded as not sent.
 */
export type Mailer = {
  from: string;
  send: (msg: MailMessage) => Promise<{ messageId: string }>;
  close: () => void;
};

/** A mailer on `smtpUrl` (smtp://user:pass@host:587, smtps:// for TLS), or null without one. */
export function createMailer(smtpUrl: string | undefined, from: string): Mailer | null {
  if (!smtpUrl) return null;
  // No pool: a job sends a handful of messages, and each send's outcome is recorded on its own.
  const transport = nodemailer.createTransport(smtpUrl, { from });
  return {
    from,
    send: async (msg) => {
      const info = await transport.sendMail({ from, ...msg });
      return { messageId: String(info.messageId ?? '') };
    },
    close: () => transport.close(),
  };
}
