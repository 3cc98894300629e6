import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { bundledChromiumFontDir, TEST_SETTINGS } from '@kyodo/config';

const require_ = createRequire(__filename);
const JAPANESE_FONTS = [
  '@expo-google-fonts/biz-udpgothic/400Regular/BIZUDPGothic_400Regular.ttf',
  '@expo-google-fonts/biz-udpgothic/700Bold/BIZUDPGothic_700Bold.ttf',
];

let bundled: Promise<string> | null = null;

/**
 * The Chromium the browser suites drive: Debian's (or KYODO_TEST_CHROMIUM)
 * when installed, else the headless build shipped on npm as
 * `@sparticuz/chromium`, unpacked once per run. That build reads its fonts
 * from its own fontconfig directory (`FONTCONFIG_PATH`, /tmp/fonts), which
 * holds no Japanese font: the one the reports already embed goes there, or
 * every kanji in a screenshot would be an empty box.
 */
export function chromiumPath(): Promise<string> {
  if (existsSync(TEST_SETTINGS.chromiumPath)) return Promise.resolve(TEST_SETTINGS.chromiumPath);
  bundled ??= (async () => {
    const { default: chromium } = await import('@sparticuz/chromium');
    const executable = await chromium.executablePath();
    const fontDir = bundledChromiumFontDir(tmpdir());
    mkdirSync(fontDir, { recursive: true });
    for (const font of JAPANESE_FONTS) copyFileSync(require_.resolve(font), join(fontDir, basename(font)));
    return executable;
  })();
  return bundled;
}
