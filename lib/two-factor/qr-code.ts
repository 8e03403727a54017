import "server-only";
// The enrolment QR code, drawn on the server as an SVG data URL: the CSP allows data: images,
// and the secret it carries never goes to another host.
import QRCode from "qrcode";

export async function qrCodeDataUrl(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}
