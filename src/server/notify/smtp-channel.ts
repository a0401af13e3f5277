// The e-mail channel: one plain-text message per notice through the clinic's SMTP relay (nodemailer).

import nodemailer from "nodemailer";
import { type AlertNotice, type NotificationChannel, noticeText } from "./channel.ts";

export interface SmtpOptions {
  readonly host: string;
  readonly port: number;
  readonly from: string;
}

export function smtpChannel(options: SmtpOptions): NotificationChannel {
  // STARTTLS is used whenever the relay offers it (nodemailer's default), with the certificate checked.
  const transport = nodemailer.createTransport({ host: options.host, port: options.port, secure: false });
  return {
    name: "email",
    async send(notice: AlertNotice) {
      if (notice.to.length === 0) return;
      const { subject, text } = noticeText(notice);
      await transport.sendMail({ from: options.from, to: [...notice.to], subject, text });
    },
  };
}
