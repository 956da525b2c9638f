import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server on a free local port for the app server's SMTP_URL, keeping every message, parsed. */
export type MailServer = { url: string; messages: ParsedMail[]; close: () => Promise<void> };

export async function startMailServer(): Promise<MailServer> {
  const messages: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((m) => {
          messages.push(m);
          callback();
        })
        .catch((err: Error) => callback(err));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, messages, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** The first message to `address` once it has arrived (the server sends the digest right after the round opens). */
export async function waitForMail(mail: MailServer, address: string, timeoutMs = 30_000): Promise<ParsedMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = mail.messages.find((m) => m.to && !Array.isArray(m.to) && m.to.value.some((v) => v.address === address));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no e-mail to ${address} within ${timeoutMs} ms (got ${mail.messages.length})`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
