import { createTransport, type Transporter } from 'nodemailer';

export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Stable for one outbox row: a retry after a crash carries the same id, so it can be recognised. */
  messageId: string;
  headers: Record<string, string>;
}

/** Why a delivery failed, and whether trying again could help. */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/**
 * SMTP through nodemailer (the maintained standard). A 5xx answer (unknown mailbox, refused) is
 * permanent; connection failures and 4xx answers are worth retrying.
 */
export function smtpTransport(smtpUrl: string): MailTransport {
  const transporter: Transporter = createTransport(smtpUrl, {
    // Short enough to end well within a worker's lease of the message.
    connectionTimeout: 20_000,
    greetingTimeout: 20_000,
    socketTimeout: 40_000,
  });
  return {
    async send(mail) {
      try {
        await transporter.sendMail(mail);
      } catch (error) {
        const { responseCode, message } = error as { responseCode?: number; message?: string };
        const permanent = typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600;
        // nodemailer's messages name the server and the answer, never the password of SMTP_URL.
        throw new DeliveryError((message ?? 'delivery failed').slice(0, 500), permanent);
      }
    },
    close: () => transporter.close(),
  };
}
