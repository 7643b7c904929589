// Minimal reading and writing of a wasm binary's sections, for the build scripts
// (slim-bundle.mjs, split-wasm.mjs): LEB128 numbers, names, the section list, the
// function-name map of the `name` section, and the export section.

export function readU32(b, at) {
  let value = 0, shift = 0, byte;
  do {
    byte = b[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}

export function u32(n) {
  const out = [];
  do {
    let byte = n & 0x7f;
    n = Math.floor(n / 128);
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return out;
}

const utf8 = new TextDecoder();

export function readName(b, at) {
  const [len, p] = readU32(b, at);
  return [utf8.decode(b.subarray(p, p + len)), p + len];
}

export function name(s) {
  const bytes = new TextEncoder().encode(s);
  return [...u32(bytes.length), ...bytes];
}

/** The sections of `wasm`: `{ id, start, body, end, custom }` (custom: its name). */
export function sections(wasm) {
  const out = [];
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, body] = readU32(wasm, at + 1);
    const end = body + size;
    const custom = id === 0 ? readName(wasm, body)[0] : undefined;
    out.push({ id, start: at, body, end, custom });
    at = end;
  }
  return out;
}

/** Function index → name, from the `name` custom section (empty without one). */
export function functionNames(wasm) {
  const names = new Map();
  const section = sections(wasm).find((s) => s.custom === "name");
  if (!section) return names;
  let p = readName(wasm, section.body)[1];
  while (p < section.end) {
    const kind = wasm[p];
    const [size, body] = readU32(wasm, p + 1);
    if (kind === 1) {
      let [count, q] = readU32(wasm, body);
      while (count--) {
        let index, text;
        [index, q] = readU32(wasm, q);
        [text, q] = readName(wasm, q);
        names.set(index, text);
      }
    }
    p = body + size;
  }
  return names;
}

/** The exports: `{ field, kind, index }` in order. */
export function exports(wasm) {
  const section = sections(wasm).find((s) => s.id === 7);
  if (!section) return [];
  let [count, p] = readU32(wasm, section.body);
  const out = [];
  while (count--) {
    let field, index;
    [field, p] = readName(wasm, p);
    const kind = wasm[p++];
    [index, p] = readU32(wasm, p);
    out.push({ field, kind, index });
  }
  return out;
}

/** `wasm` with its export section replaced by `list` (every other byte unchanged). */
export function withExports(wasm, list) {
  const body = [...u32(list.length)];
  for (const { field, kind, index } of list) body.push(...name(field), kind, ...u32(index));
  const parts = [wasm.subarray(0, 8)];
  for (const s of sections(wasm)) {
    parts.push(s.id === 7 ? Buffer.from([7, ...u32(body.length), ...body]) : wasm.subarray(s.start, s.end));
  }
  return Buffer.concat(parts);
}

/** `wasm` without `feature` in its `target_features` custom section (if listed). */
export function withoutFeature(wasm, feature) {
  const parts = [wasm.subarray(0, 8)];
  for (const s of sections(wasm)) {
    if (s.custom !== "target_features") {
      parts.push(wasm.subarray(s.start, s.end));
      continue;
    }
    let [count, q] = readU32(wasm, readName(wasm, s.body)[1]);
    const kept = [];
    while (count--) {
      const prefix = wasm[q++];
      let text;
      [text, q] = readName(wasm, q);
      if (text !== feature) kept.push([prefix, ...name(text)]);
    }
    const body = [...name("target_features"), ...u32(kept.length), ...kept.flat()];
    parts.push(Buffer.from([0, ...u32(body.length), ...body]));
  }
  return Buffer.concat(parts);
}
