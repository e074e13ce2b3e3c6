import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';

/**
 * How much a file may unpack to before it is read. A small compressed workbook can stand for
 * gigabytes (an 8 MB xlsx of a million rows took the server to 2.1 GB; 314 KB of zipped
 * whitespace cost 300 MB), and the readers hold every cell. A city's 100 000 rows of twelve
 * columns unpack to about 50 MB, so these leave it twice its size and bound one import's memory.
 */
export const FILE_LIMITS = { unpackedBytes: 128 * 1024 * 1024, rows: 200_000, cells: 3_000_000 };
export type FileLimits = typeof FILE_LIMITS;

/** A file past a limit, said in Swedish. */
export class FileTooLarge extends Error {}

const thousands = (n: number) => n.toLocaleString('sv-SE').replace(/\s/g, ' ');
const megabytes = (n: number) => `${thousands(Math.ceil(n / 1024 / 1024))} MB`;
const tooMany = (what: 'rader' | 'celler', limit: number) =>
  new FileTooLarge(`filen har fler än ${thousands(limit)} ${what}`);

type Entry = {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  dataStart: number;
};

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;

/**
 * The workbook as it may be read: its declared sizes and then its actual ones (inflated here
 * and thrown away, as declared sizes can lie) within the limits, its worksheets' rows and cells
 * counted. The answer is the zip rebuilt from its directory, each part's compressed bytes as
 * they were behind a fresh local header: the readers then meet exactly the parts checked here,
 * not a part hidden between them that only a reader walking the local headers would find.
 */
export async function checkedWorkbook(bytes: Uint8Array, limits = FILE_LIMITS) {
  const entries = centralDirectory(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));
  const declared = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (declared > limits.unpackedBytes)
    throw new FileTooLarge(
      `arbetsboken packas upp till ${megabytes(declared)}, högst ${megabytes(limits.unpackedBytes)}`,
    );
  const counts = { bytes: 0, rows: 0, cells: 0 };
  for (const entry of entries) await inflateWithin(bytes, entry, counts, limits);
  return rebuild(bytes, entries);
}

/** The zip's directory, read from its end record; zip64, encrypted and odd parts refused. */
function centralDirectory(zip: Buffer): Entry[] {
  const fail = (why: string) => new Error(`zipfilen är trasig eller ovanlig (${why})`);
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--)
    if (zip.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  if (end < 0) throw fail('katalogen saknas');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  if (count === 0xffff || at === 0xffffffff) throw fail('zip64');
  const entries: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50) throw fail('katalogen');
    const nameLength = zip.readUInt16LE(at + 28);
    const entry = {
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      flags: zip.readUInt16LE(at + 8),
      method: zip.readUInt16LE(at + 10),
      crc: zip.readUInt32LE(at + 16),
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      localOffset: zip.readUInt32LE(at + 42),
      dataStart: 0,
    };
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) throw fail('zip64');
    if (entry.flags & 1) throw fail('krypterad');
    if (entry.method !== 0 && entry.method !== 8) throw fail(`packmetod ${entry.method}`);
    const local = entry.localOffset;
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== 0x04034b50) throw fail('delhuvud');
    entry.dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    if (entry.dataStart + entry.compressedSize > zip.length) throw fail('avklippt');
    entries.push(entry);
  }
  return entries;
}

/** Inflates one part, stopping at its declared size; counts a worksheet's rows and cells. */
async function inflateWithin(
  bytes: Uint8Array,
  entry: Entry,
  counts: { bytes: number; rows: number; cells: number },
  limits: FileLimits,
) {
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  const sheet = WORKSHEET.test(entry.name);
  const chunks = entry.method === 0 ? [data] : Readable.from([data]).pipe(createInflateRaw());
  let size = 0;
  let tail = '';
  for await (const chunk of chunks as AsyncIterable<Buffer>) {
    size += chunk.length;
    counts.bytes += chunk.length;
    if (size > entry.size || counts.bytes > limits.unpackedBytes) {
      if (!Array.isArray(chunks)) (chunks as NodeJS.ReadableStream & { destroy(): void }).destroy();
      throw new FileTooLarge(
        size > entry.size
          ? `delen ${entry.name} packas upp till mer än de ${thousands(entry.size)} byte den uppger`
          : `arbetsboken packas upp till mer än ${megabytes(limits.unpackedBytes)}`,
      );
    }
    if (!sheet) continue;
    const text = tail + Buffer.from(chunk).toString('latin1');
    counts.rows += occurrences(text, /<(?:\w+:)?row[\s>]/g);
    counts.cells += occurrences(text, /<(?:\w+:)?c[\s>]/g);
    // a tag split between two chunks is counted in the next one
    const lastOpen = text.lastIndexOf('<');
    tail = lastOpen >= text.length - 8 ? text.slice(lastOpen) : '';
    if (tail) counts.rows -= occurrences(tail, /<(?:\w+:)?row[\s>]/g);
    if (tail) counts.cells -= occurrences(tail, /<(?:\w+:)?c[\s>]/g);
    if (counts.rows > limits.rows) throw tooMany('rader', limits.rows);
    if (counts.cells > limits.cells) throw tooMany('celler', limits.cells);
  }
  if (size !== entry.size) throw new Error(`zipfilen är trasig (delen ${entry.name})`);
}

const occurrences = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/** The parts behind fresh local headers (sizes in them, no data descriptors) and a directory. */
function rebuild(bytes: Uint8Array, entries: readonly Entry[]): Buffer {
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.flags & 0x0800, 6);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.crc, 14);
    local.writeUInt32LE(entry.compressedSize, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    local.copy(central, 8, 6, 26);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    const data = Buffer.from(
      bytes.buffer,
      bytes.byteOffset + entry.dataStart,
      entry.compressedSize,
    );
    parts.push(local, name, data);
    directory.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const size = directory.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...directory, end]);
}

/** A CSV file's rows and cells counted (a separator too many counts as a cell) before parsing. */
export function checkCsvSize(text: string, delimiter: string, limits = FILE_LIMITS) {
  let rows = 1;
  let cells = 1;
  const separator = delimiter.charCodeAt(0);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      rows += 1;
      cells += 1;
    } else if (code === separator) cells += 1;
  }
  // a last line ending ends the last row; no row follows it
  if (text.endsWith('\n')) rows -= 1;
  if (rows > limits.rows) throw tooMany('rader', limits.rows);
  if (cells > limits.cells) throw tooMany('celler', limits.cells);
}
