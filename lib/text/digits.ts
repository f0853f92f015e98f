/**
 * Arabic-Indic (U+0660–U+0669) and Extended Arabic-Indic (Persian, U+06F0–U+06F9) digits, and the
 * Arabic thousands and decimal separators, as ASCII: "٣٬٥٠٠" is "3,500". Every character maps to
 * one character, so offsets into the text stay valid. Used for figure inputs and for finding
 * figures in article text.
 */
const ARABIC_INDIC = 0x0660;
const EXTENDED_ARABIC_INDIC = 0x06f0;

export function toAsciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9\u066B\u066C]/g, (c) => {
    if (c === "\u066B") return "."; // Arabic decimal separator
    if (c === "\u066C") return ","; // Arabic thousands separator
    const code = c.charCodeAt(0);
    return String(code >= EXTENDED_ARABIC_INDIC ? code - EXTENDED_ARABIC_INDIC : code - ARABIC_INDIC);
  });
}
