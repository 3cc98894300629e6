/**
 * How far an attachment may expand when whoever opens it later (a reviewer's Word or Excel, a PDF
 * reader) inflates what is compressed inside. Measured while inflating, never taken from what the
 * file declares about itself.
 */

/**
 * 256 MiB of real output for a whole Office file (or a PDF's object streams). The upload limit is
 * 10 MiB; ordinary Office XML compresses 5–20:1, so the largest genuine workbook comes to about
 * 200 MiB, and beyond that no desktop Office opens a file comfortably either.
 */
export const MAX_EXPANDED_BYTES = 256 * 1024 * 1024;

/**
 * 100:1 for any one part, the ratio Apache POI refuses beyond (ZipSecureFile's minimum inflate
 * ratio of 0.01), which the world's genuine Office files have lived with for years. Deflate tops out
 * near 1032:1; what is worth refusing is a part made of nothing but repetition.
 */
export const MAX_EXPANSION_RATIO = 100;

/** The ratio is judged only past the first 100 KiB of a part (POI's grace size): tiny parts of repeated XML compress far better. */
export const RATIO_GRACE_BYTES = 100 * 1024;

/** Entries in one archive: Word and Excel write tens, a large workbook with images hundreds. */
export const MAX_ZIP_ENTRIES = 5_000;

/** The parts read whole (`[Content_Types].xml`): a few KiB in any genuine file. */
export const MAX_KEPT_PART_BYTES = 1024 * 1024;
