import iconv from 'iconv-lite';

/**
 * Characters Japanese text takes from the JIS mapping (what a Mac or a web form types) whose CP932 (Windows-31J)
 * twin is the same character to a reader: 〜 is ～ in Excel. Folded before encoding, so they are not counted as lost.
 */
const CP932_TWINS: ReadonlyMap<string, string> = new Map([
  ['\u301C', '\uFF5E'], // 〜 WAVE DASH → ～
  ['\u2212', '\uFF0D'], // − MINUS SIGN → －
  ['\u2016', '\u2225'], // ‖ DOUBLE VERTICAL LINE → ∥
  ['\u00A2', '\uFFE0'], // ¢ → ￠
  ['\u00A3', '\uFFE1'], // £ → ￡
  ['\u00AC', '\uFFE2'], // ¬ → ￢
  ['\u2014', '\u2015'], // — EM DASH → ―
]);

/** 〓 (ゲタ): what Japanese print has long put where a character cannot be set; it exists in CP932. */
export const CP932_REPLACEMENT = '\u3013';

export interface Cp932Text {
  bytes: Buffer;
  /** How many characters (code points, so 𠮷 or an emoji counts once) had no CP932 form and became 〓. */
  replaced: number;
}

/** Shift_JIS as Windows and Excel read it (CP932), every character outside it replaced by 〓 and counted. */
export function toCp932(text: string): Cp932Text {
  const encodable = new Map<string, boolean>();
  let replaced = 0;
  let out = '';
  for (const original of text) {
    const ch = CP932_TWINS.get(original) ?? original;
    if (ch.charCodeAt(0) < 0x80) {
      out += ch;
      continue;
    }
    let ok = encodable.get(ch);
    if (ok === undefined) {
      // iconv-lite writes "?" for a character it cannot map; a real "?" is ASCII and never reaches here.
      ok = iconv.decode(iconv.encode(ch, 'cp932'), 'cp932') === ch;
      encodable.set(ch, ok);
    }
    if (ok) out += ch;
    else {
      out += CP932_REPLACEMENT;
      replaced += 1;
    }
  }
  return { bytes: iconv.encode(out, 'cp932'), replaced };
}
