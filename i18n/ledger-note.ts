// Ledger notes for people. The ledger stores the panel's own notes in English (the audit log and
// the admin pages read them as they are); pages show them in the reader's language: a note is
// found by its English wording in messages/en/ledger.json's `notes`, its values read back out of
// it ("Deposit bonus 5%" -> depositBonus, percent 5). Any other note, such as an admin's
// free-text reason, has no template and is shown as written.
import en from "@/messages/en/ledger.json";

type Translate = (key: string, values?: Record<string, string>) => string;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Each template as a pattern, the most specific first ("..., ref. X (gateway fee 2% kept)" before "..., ref. X"). */
const templates = Object.entries(en.notes)
  .map(([key, text]) => {
    const parts = text.split(/\{(\w+)\}/);
    const names = parts.filter((_, i) => i % 2 === 1);
    const pattern = new RegExp(
      `^${parts.map((part, i) => (i % 2 === 1 ? "(.+?)" : escape(part))).join("")}$`,
      "s",
    );
    return { key, names, pattern, fixed: parts.filter((_, i) => i % 2 === 0).join("").length };
  })
  .sort((a, b) => b.fixed - a.fixed);

/** `t` is a root translator (getTranslations() / useTranslations()). */
export function localizeLedgerNote(t: Translate, note: string): string {
  for (const { key, names, pattern } of templates) {
    const match = pattern.exec(note);
    if (match)
      return t(`ledger.notes.${key}`, Object.fromEntries(names.map((name, i) => [name, match[i + 1]])));
  }
  return note;
}
