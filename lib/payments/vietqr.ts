// VietQR (NAPAS 247) payload, built locally: EMVCo merchant-presented QR with the bank's BIN,
// the account number, the amount in VND and the memo, closed by a CRC16-CCITT checksum. Any
// Vietnamese banking app reads it and pre-fills the transfer.
const NAPAS_GUID = "A000000727";
const TRANSFER_TO_ACCOUNT = "QRIBFTTA";
const VND_NUMERIC = "704";

function field(id: string, value: string): string {
  if (value.length > 99) throw new Error(`VietQR field ${id} is longer than 99 characters`);
  return id + value.length.toString().padStart(2, "0") + value;
}

/** CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF), as EMVCo requires, in 4 upper-case hex digits. */
export function crc16(text: string): string {
  let crc = 0xffff;
  for (const byte of Buffer.from(text, "utf8")) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc.toString(16).toUpperCase().padStart(4, "0");
}

export type VietQrInput = {
  bankBin: string; // 6 digits, e.g. 970422 (MB Bank)
  accountNumber: string;
  amount?: string; // whole VND
  memo?: string;
};

export function vietQrPayload(input: VietQrInput): string {
  if (!/^\d{6}$/.test(input.bankBin)) throw new Error("bank BIN must be 6 digits");
  if (!/^[0-9A-Za-z]{1,19}$/.test(input.accountNumber))
    throw new Error("account number must be 1-19 letters or digits");
  if (input.amount !== undefined && !/^\d{1,13}$/.test(input.amount))
    throw new Error("a VietQR amount is whole VND");
  const beneficiary = field("00", input.bankBin) + field("01", input.accountNumber);
  const merchant = field("00", NAPAS_GUID) + field("01", beneficiary) + field("02", TRANSFER_TO_ACCOUNT);
  const body =
    field("00", "01") +
    field("01", input.amount ? "12" : "11") +
    field("38", merchant) +
    field("53", VND_NUMERIC) +
    (input.amount ? field("54", input.amount) : "") +
    field("58", "VN") +
    (input.memo ? field("62", field("08", input.memo)) : "");
  const unsigned = body + "6304";
  return unsigned + crc16(unsigned);
}

/** Reads an EMVCo payload's top-level fields (tests and the simulator check what a bank app sees). */
export function readEmvFields(payload: string): Map<string, string> {
  const fields = new Map<string, string>();
  let at = 0;
  while (at + 4 <= payload.length) {
    const id = payload.slice(at, at + 2);
    const length = Number(payload.slice(at + 2, at + 4));
    fields.set(id, payload.slice(at + 4, at + 4 + length));
    at += 4 + length;
  }
  return fields;
}

/** Banks a panel owner picks from (BIN per NAPAS); the owner can also type any 6-digit BIN. */
export const VIETQR_BANKS: { bin: string; name: string }[] = [
  { bin: "970436", name: "Vietcombank" },
  { bin: "970415", name: "VietinBank" },
  { bin: "970418", name: "BIDV" },
  { bin: "970405", name: "Agribank" },
  { bin: "970422", name: "MB Bank" },
  { bin: "970407", name: "Techcombank" },
  { bin: "970416", name: "ACB" },
  { bin: "970432", name: "VPBank" },
  { bin: "970423", name: "TPBank" },
  { bin: "970403", name: "Sacombank" },
];
