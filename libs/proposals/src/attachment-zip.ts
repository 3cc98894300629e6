import { crc32 } from 'node:zlib';
import { inflateWithin } from './attachment-inflate';
import {
  MAX_EXPANDED_BYTES,
  MAX_EXPANSION_RATIO,
  MAX_KEPT_PART_BYTES,
  MAX_ZIP_ENTRIES,
  RATIO_GRACE_BYTES,
} from './attachment-limits';
import { expandsTooFar, malformed } from './attachment-refusals';

/** One entry as the central directory (what Office reads) describes it. */
export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  declaredSize: number;
  dataStart: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const ZIP64_MARK = 0xffffffff;

/**
 * The entries of a ZIP, read from its central directory and checked against their local headers
 * without inflating anything; null when there is no archive at all. Refuses (throws) what no honest
 * writer produces: entries that overlap or repeat a name, headers that disagree, declared sizes past
 * the caps, encryption, ZIP64, methods other than stored and deflated.
 */
export function zipDirectory(data: Buffer): ZipEntry[] | null {
  const end = findEndOfDirectory(data);
  if (end < 0) return null;
  const count = data.readUInt16LE(end + 10);
  const directorySize = data.readUInt32LE(end + 12);
  const directoryStart = data.readUInt32LE(end + 16);
  if (data.readUInt16LE(end + 4) !== 0 || data.readUInt16LE(end + 8) !== count) return null; // split archives
  if (directoryStart + directorySize > end) return null;
  if (count > MAX_ZIP_ENTRIES) throw expandsTooFar('entries', { entries: count });
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let declaredTotal = 0;
  let at = directoryStart;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || data.readUInt32LE(at) !== DIRECTORY_ENTRY) return null;
    const flags = data.readUInt16LE(at + 8);
    const method = data.readUInt16LE(at + 10);
    const crc = data.readUInt32LE(at + 16);
    const compressedSize = data.readUInt32LE(at + 20);
    const declaredSize = data.readUInt32LE(at + 24);
    const nameLength = data.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
    const localOffset = data.readUInt32LE(at + 42);
    const nameBytes = data.subarray(at + 46, at + 46 + nameLength);
    // Bit 11: UTF-8 names; otherwise code page 437, whose ASCII half is all that matters here.
    const name = nameBytes.toString(flags & 0x800 ? 'utf8' : 'latin1');
    at = next;
    if (compressedSize === ZIP64_MARK || declaredSize === ZIP64_MARK) throw malformed('zip64', { part: name });
    if (flags & 0x1) throw malformed('encrypted', { part: name });
    if (method !== STORED && method !== DEFLATED) throw malformed('compression_method', { part: name });
    // Two entries of one name let two readers see two different files.
    if (names.has(name)) throw malformed('duplicate_entry', { part: name });
    names.add(name);
    declaredTotal += declaredSize;
    if (declaredTotal > MAX_EXPANDED_BYTES) throw expandsTooFar('total', { part: name });
    if (declaredSize > RATIO_GRACE_BYTES && declaredSize > MAX_EXPANSION_RATIO * compressedSize) {
      throw expandsTooFar('ratio', { part: name });
    }
    const dataStart = localData(data, localOffset, nameBytes, flags, { crc, compressedSize, declaredSize });
    if (dataStart < 0 || dataStart + compressedSize > directoryStart) throw malformed('local_header', { part: name });
    entries.push({ name, method, crc, compressedSize, declaredSize, dataStart });
  }
  // Entries sharing compressed bytes are how a small archive claims a huge one (overlapping-file bombs).
  const byPlace = [...entries].sort((a, b) => a.dataStart - b.dataStart);
  for (let i = 1; i < byPlace.length; i++) {
    const before = byPlace[i - 1]!;
    if (byPlace[i]!.dataStart < before.dataStart + before.compressedSize) {
      throw malformed('overlapping_entries', { part: byPlace[i]!.name });
    }
  }
  return entries;
}

/**
 * Inflates every entry, counting what really comes out and keeping nothing but the parts `keep`
 * names (up to MAX_KEPT_PART_BYTES each). Stops at the first entry that goes past its declared size,
 * the total cap or the ratio; an entry that comes out shorter than declared, or with another CRC, is
 * not what the archive says it is.
 */
export function measureZip(data: Buffer, entries: ZipEntry[], keep: (name: string) => boolean): Map<string, Buffer> {
  const kept = new Map<string, Buffer>();
  let remaining = MAX_EXPANDED_BYTES;
  for (const entry of entries) {
    const compressed = data.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    const pieces: Buffer[] = [];
    let keptBytes = 0;
    let crc = 0;
    const sink = (piece: Uint8Array) => {
      crc = crc32(piece, crc);
      if (!keep(entry.name)) return;
      keptBytes += piece.length;
      if (keptBytes > MAX_KEPT_PART_BYTES) throw malformed('part_too_large', { part: entry.name });
      pieces.push(Buffer.from(piece));
    };
    let size: number;
    if (entry.method === STORED) {
      // Stored bytes are their own inflated size; they count towards the total like any other.
      if (entry.compressedSize > entry.declaredSize) throw expandsTooFar('beyond_declared_size', { part: entry.name });
      if (entry.compressedSize > remaining) throw expandsTooFar('total', { part: entry.name });
      sink(compressed);
      size = compressed.length;
    } else {
      const limit = Math.min(entry.declaredSize, remaining);
      const result = inflateWithin(compressed, limit, sink);
      if ('stop' in result) {
        if (result.stop === 'corrupt') throw malformed('corrupt_entry', { part: entry.name });
        if (result.stop === 'ratio') throw expandsTooFar('ratio', { part: entry.name });
        throw expandsTooFar(limit === entry.declaredSize ? 'beyond_declared_size' : 'total', { part: entry.name });
      }
      size = result.size;
    }
    if (size !== entry.declaredSize) throw malformed('declared_size', { part: entry.name });
    if (crc >>> 0 !== entry.crc) throw malformed('crc', { part: entry.name });
    remaining -= size;
    if (keep(entry.name)) kept.set(entry.name, Buffer.concat(pieces));
  }
  return kept;
}

/** Where an entry's data begins, once its local header agrees with the central directory; -1 if not. */
function localData(
  data: Buffer,
  offset: number,
  name: Buffer,
  flags: number,
  central: { crc: number; compressedSize: number; declaredSize: number },
): number {
  if (offset + 30 > data.length || data.readUInt32LE(offset) !== LOCAL_HEADER) return -1;
  const nameLength = data.readUInt16LE(offset + 26);
  if (!data.subarray(offset + 30, offset + 30 + nameLength).equals(name)) return -1;
  // Bit 3: sizes and CRC follow the data (a data descriptor), the local header leaves them zero.
  const local = {
    crc: data.readUInt32LE(offset + 14),
    compressedSize: data.readUInt32LE(offset + 18),
    declaredSize: data.readUInt32LE(offset + 22),
  };
  const agrees =
    local.crc === central.crc &&
    local.compressedSize === central.compressedSize &&
    local.declaredSize === central.declaredSize;
  if (!(flags & 0x8) && !agrees) return -1;
  return offset + 30 + nameLength + data.readUInt16LE(offset + 28);
}

/** The end-of-central-directory record, searched backwards over the longest comment it may carry. */
function findEndOfDirectory(data: Buffer): number {
  const lowest = Math.max(0, data.length - 22 - 0xffff);
  for (let at = data.length - 22; at >= lowest; at--) {
    if (data.readUInt32LE(at) === END_OF_DIRECTORY && at + 22 + data.readUInt16LE(at + 20) === data.length) return at;
  }
  return -1;
}
