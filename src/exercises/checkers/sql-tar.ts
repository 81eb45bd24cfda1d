/**
 * The little of the ustar format the SQL snapshot needs: directories and regular files, names up
 * to 255 bytes. Reading hands out views into the archive instead of copies: a data folder is
 * tens of MB, and on a busy machine every MB copied shows in the time of a verify.
 */
export interface TarEntry {
  /** relative path, without a leading "/" or "./" and without a trailing "/" */
  name: string;
  /** undefined for a directory */
  data?: Uint8Array;
}

const BLOCK = 512;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

function text(header: Uint8Array, offset: number, length: number): string {
  const field = header.subarray(offset, offset + length);
  const end = field.indexOf(0);
  return decoder.decode(end < 0 ? field : field.subarray(0, end));
}

const octal = (header: Uint8Array, offset: number, length: number) => parseInt(text(header, offset, length).trim() || '0', 8);

/** The header checksum: the byte sum with the checksum field itself read as spaces. */
function checksum(header: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : header[i]!;
  return sum;
}

/** Throws on anything that is not a well-formed archive of directories and regular files. */
export function readTar(archive: Uint8Array): TarEntry[] {
  const entries: TarEntry[] = [];
  let offset = 0;
  while (offset + BLOCK <= archive.length) {
    const header = archive.subarray(offset, offset + BLOCK);
    if (header.every((b) => b === 0)) return entries; // end-of-archive marker
    if (octal(header, 148, 8) !== checksum(header)) throw new Error(`tar: bad header checksum at byte ${offset}`);
    const prefix = text(header, 345, 155);
    const name = `${prefix ? `${prefix}/` : ''}${text(header, 0, 100)}`.replace(/^\.?\/+/, '').replace(/\/+$/, '');
    const size = octal(header, 124, 12);
    const type = String.fromCharCode(header[156]!);
    const start = offset + BLOCK;
    if (!Number.isSafeInteger(size) || start + size > archive.length) throw new Error(`tar: ${name} runs past the end of the archive`);
    if (type === '5') {
      if (name) entries.push({ name });
    } else if (type === '0' || type === '\0') {
      entries.push({ name, data: archive.subarray(start, start + size) });
    } else {
      throw new Error(`tar: ${name} is neither a file nor a directory (type ${JSON.stringify(type)})`);
    }
    offset = start + Math.ceil(size / BLOCK) * BLOCK;
  }
  throw new Error('tar: the archive ends without its end marker');
}

function header(entry: TarEntry): Uint8Array {
  const h = new Uint8Array(BLOCK);
  const put = (value: string, offset: number, length: number) => {
    const bytes = encoder.encode(value);
    if (bytes.length > length) throw new Error(`tar: ${entry.name} is too long a name`);
    h.set(bytes, offset);
  };
  const num = (value: number, offset: number, length: number) => put(`${value.toString(8).padStart(length - 1, '0')}\0`, offset, length);
  const name = entry.data ? entry.name : `${entry.name}/`;
  const cut = name.length > 100 ? name.lastIndexOf('/', name.length - 2) : -1;
  put(cut > 0 ? name.slice(cut + 1) : name, 0, 100);
  if (cut > 0) put(name.slice(0, cut), 345, 155);
  num(entry.data ? 0o600 : 0o700, 100, 8);
  num(0, 108, 8);
  num(0, 116, 8);
  num(entry.data?.length ?? 0, 124, 12);
  num(0, 136, 12);
  h[156] = (entry.data ? '0' : '5').charCodeAt(0);
  put('ustar\x0000', 257, 8);
  num(checksum(h), 148, 7); // six digits, NUL, then the space already in place below
  h[155] = 32;
  return h;
}

export function writeTar(entries: TarEntry[]): Uint8Array {
  const size = entries.reduce((n, e) => n + BLOCK + Math.ceil((e.data?.length ?? 0) / BLOCK) * BLOCK, 2 * BLOCK);
  const out = new Uint8Array(size);
  let offset = 0;
  for (const entry of entries) {
    out.set(header(entry), offset);
    offset += BLOCK;
    if (entry.data) {
      out.set(entry.data, offset);
      offset += Math.ceil(entry.data.length / BLOCK) * BLOCK;
    }
  }
  return out; // the two zero blocks at the end are already there
}
