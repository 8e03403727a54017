// A real SMTP server for tests (the smtp-server package) that keeps what it receives. `refuse`
// makes it answer the next DATA commands with an SMTP error, to test retries.
import { SMTPServer } from "smtp-server";
import type { AddressInfo } from "node:net";

export type ReceivedMail = { to: string[]; raw: string };

export type TestSmtp = {
  url: string;
  port: number;
  received: ReceivedMail[];
  /** The next `times` messages are refused with this SMTP code (4xx temporary, 5xx permanent). */
  refuse(code: number, times?: number): void;
  close(): Promise<void>;
};

export async function startTestSmtp(port = 0): Promise<TestSmtp> {
  const received: ReceivedMail[] = [];
  let refusals: { code: number; left: number } | null = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        if (refusals && refusals.left > 0) {
          refusals.left--;
          const error = Object.assign(
            new Error(refusals.code >= 500 ? "Mailbox unavailable" : "Try again later"),
            { responseCode: refusals.code },
          );
          return callback(error);
        }
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const actual = (server as unknown as { server: { address(): AddressInfo } }).server.address().port;
  return {
    url: `smtp://127.0.0.1:${actual}`,
    port: actual,
    received,
    refuse(code, times = 1) {
      refusals = { code, left: times };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
