'use strict';
// Converts the OpenCorpora dictionary as compiled in npm `az` 0.2.3 (pymorphy2's DAWG layout,
// cp1251 keys) into KnowledgeGraph's own morphology format: one binary file (uncompressed, so
// that loading is a file read: git compresses it in the repository anyway),
// read by src/KnowledgeGraph.Morphology/MorphologyData.cs. Layout: see README.md beside this file.
//
// Usage: node convert.js [OUTPUT_FILE]   (default ../../graph-seeds/morphology/opencorpora.kgm)

const fs = require('fs');
const path = require('path');
const Az = require('az');

const dictDir = path.join(path.dirname(require.resolve('az/package.json')), 'dicts');
const output = process.argv[2] || path.join(__dirname, '..', '..', 'graph-seeds', 'morphology', 'opencorpora.kgm');
const PREFIXES = ['', 'по', 'наи']; // meta.json compile_options.paradigm_prefixes
const SEPARATOR = 1;
const cp1251 = new TextDecoder('windows-1251');

function loadDawg(file, format) {
  return new Promise((resolve, reject) =>
    Az.DAWG.load(path.join(dictDir, file), format, (err, dawg) => (err ? reject(err) : resolve(dawg))));
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(path.join(dictDir, file), 'utf8'));
}

// The one spelling change: ё is folded into е everywhere (news text rarely writes ё).
function fold(s) {
  return s.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
}

// Depth-first walk over a DAWG: yields [key bytes, node index] for every node reached; a node
// whose label `stop` accepts is yielded but not entered.
function* walk(dawg, stop) {
  const stack = [{ index: 0, key: [], label: dawg.guide[0] }];
  while (stack.length) {
    const top = stack[stack.length - 1];
    if (!top.label) {
      stack.pop();
      continue;
    }
    const label = top.label;
    const child = dawg.followByte(label, top.index);
    top.label = dawg.guide[(child << 1) + 1]; // next sibling
    const key = top.key.concat([label]);
    yield [key, child];
    if (!stop(label)) {
      stack.push({ index: child, key, label: dawg.guide[child << 1] });
    }
  }
}

// Every key of a record DAWG: the bytes before the separator decoded as cp1251, with the
// payloads az decodes after it (words: [paradigm, form]; probs: [count, paradigm, form]).
function* records(dawg) {
  for (const [key, index] of walk(dawg, (label) => label === SEPARATOR)) {
    if (key[key.length - 1] === SEPARATOR) {
      yield [cp1251.decode(Uint8Array.from(key.slice(0, -1))), dawg.iterateAll(index)];
    }
  }
}

// Every key of an int DAWG with its value (P(t|w): "word:tag" -> probability * 1e6).
function* intRecords(dawg) {
  for (const [key, index] of walk(dawg, () => false)) {
    if (dawg.hasValue(index)) {
      yield [cp1251.decode(Uint8Array.from(key)), dawg.value(index)];
    }
  }
}

function loadParadigms() {
  const buffer = fs.readFileSync(path.join(dictDir, 'paradigms.array'));
  const list = new Uint16Array(buffer.buffer, buffer.byteOffset, buffer.length >> 1);
  const paradigms = [];
  for (let pos = 1, i = 0; i < list[0]; i++) {
    const size = list[pos++];
    paradigms.push(Array.from(list.subarray(pos, pos + size)));
    pos += size;
  }
  return paradigms;
}

class Writer {
  constructor() { this.chunks = []; }
  u8(v) { const b = Buffer.alloc(1); b.writeUInt8(v); this.chunks.push(b); }
  u16(v) { const b = Buffer.alloc(2); b.writeUInt16LE(v); this.chunks.push(b); }
  u32(v) { const b = Buffer.alloc(4); b.writeUInt32LE(v); this.chunks.push(b); }
  string(s) { const b = Buffer.from(s, 'utf8'); this.u16(b.length); this.chunks.push(b); }
  strings(list) { this.u32(list.length); list.forEach((s) => this.string(s)); }
  u16s(values) { const b = Buffer.alloc(values.length * 2); values.forEach((v, i) => b.writeUInt16LE(v, i * 2)); this.chunks.push(b); }
  u32s(values) { const b = Buffer.alloc(values.length * 4); values.forEach((v, i) => b.writeUInt32LE(v, i * 4)); this.chunks.push(b); }
  bytes(b) { this.chunks.push(Buffer.from(b)); }
  toBuffer() { return Buffer.concat(this.chunks); }
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

// Sorted keys (byte order of the alphabet codes) with a list of small integers each:
// count, key blob, key offsets, value offsets, values.
function writeKeyedLists(w, map, encode, valueWidth) {
  const keys = [...map.keys()].sort((a, b) => Buffer.compare(encode(a), encode(b)));
  const blob = [];
  const keyOffsets = [0];
  const valueOffsets = [0];
  const values = [];
  for (const key of keys) {
    encode(key).forEach((c) => blob.push(c));
    keyOffsets.push(blob.length);
    map.get(key).forEach((v) => values.push(v));
    valueOffsets.push(values.length / valueWidth);
  }
  w.u32(keys.length);
  w.u32(blob.length);
  w.bytes(blob);
  w.u32s(keyOffsets);
  w.u32s(valueOffsets);
  return values;
}

async function main() {
  const meta = Object.fromEntries(readJson('meta.json'));
  check(JSON.stringify(meta.compile_options.paradigm_prefixes) === JSON.stringify(PREFIXES), 'unexpected paradigm prefixes');
  const tags = readJson('gramtab-opencorpora-int.json');
  const rawSuffixes = readJson('suffixes.json');
  const paradigms = loadParadigms();

  // Suffixes after folding ё; equal ones merge.
  const suffixes = [];
  const suffixIndex = new Map();
  const suffixMap = rawSuffixes.map((s) => {
    const f = fold(s);
    if (!suffixIndex.has(f)) { suffixIndex.set(f, suffixes.length); suffixes.push(f); }
    return suffixIndex.get(f);
  });

  // Lexemes: the stem of each word form, with the paradigms it takes.
  const words = await loadDawg('words.dawg', 'words');
  const stems = new Map();
  let forms = 0;
  for (const [word, payloads] of records(words)) {
    for (const [para, form] of payloads) {
      const p = paradigms[para];
      const n = p.length / 3;
      const prefix = PREFIXES[p[2 * n + form]];
      const suffix = rawSuffixes[p[form]];
      check(word.startsWith(prefix) && word.endsWith(suffix), `form ${word} does not fit paradigm ${para}`);
      const stem = fold(word.slice(prefix.length, word.length - suffix.length));
      let set = stems.get(stem);
      if (!set) stems.set(stem, (set = new Set()));
      set.add(para);
      forms++;
    }
  }
  check(forms === meta.words_dawg_length, `read ${forms} forms, meta says ${meta.words_dawg_length}`);

  // Prediction endings per paradigm prefix: ending -> [count, paradigm, form] (counts summed after folding).
  const prediction = [];
  for (let i = 0; i < PREFIXES.length; i++) {
    const dawg = await loadDawg(`prediction-suffixes-${i}.dawg`, 'probs');
    const endings = new Map();
    for (const [ending, payloads] of records(dawg)) {
      const key = fold(ending);
      let byForm = endings.get(key);
      if (!byForm) endings.set(key, (byForm = new Map()));
      for (const [count, para, form] of payloads) {
        const k = para * 65536 + form;
        byForm.set(k, (byForm.get(k) || 0) + count);
      }
    }
    const lists = new Map();
    for (const [ending, byForm] of endings) {
      const entries = [...byForm].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
      lists.set(ending, entries.flatMap(([k, count]) => [Math.min(count, 65535), Math.floor(k / 65536), k % 65536]));
    }
    prediction.push(lists);
  }

  // P(t|w) from the annotated corpus, for ordering a word's dictionary readings:
  // word -> [tag, probability * 65535] (the larger one when folding ё merges two words).
  const tagIndex = new Map(tags.map((t, i) => [t, i]));
  const probabilities = new Map();
  let probabilityCount = 0;
  for (const [key, value] of intRecords(await loadDawg('p_t_given_w.intdawg', 'int'))) {
    const colon = key.indexOf(':');
    const word = fold(key.slice(0, colon));
    const tag = tagIndex.get(key.slice(colon + 1));
    probabilityCount++;
    if (tag === undefined) continue; // LATN, NUMB, PNCT...: tags of tokens outside the dictionary
    let byTag = probabilities.get(word);
    if (!byTag) probabilities.set(word, (byTag = new Map()));
    byTag.set(tag, Math.max(byTag.get(tag) || 0, Math.round((value / 1e6) * 65535)));
  }
  check(probabilityCount > 0, 'no P(t|w) entries read');
  const probabilityLists = new Map([...probabilities].map(([word, byTag]) => [word, [...byTag].sort((a, b) => a[0] - b[0]).flat()]));

  // One byte per character: the alphabet in code order, so byte order is ordinal order.
  const chars = new Set();
  const addChars = (s) => { for (const c of s) chars.add(c); };
  stems.forEach((_, s) => addChars(s));
  suffixes.forEach(addChars);
  PREFIXES.forEach(addChars);
  prediction.forEach((m) => m.forEach((_, s) => addChars(s)));
  probabilities.forEach((_, s) => addChars(s));
  const alphabet = [...chars].sort();
  check(alphabet.length < 255, 'alphabet too large for one byte');
  const code = new Map(alphabet.map((c, i) => [c, i + 1]));
  const encode = (s) => Buffer.from([...s].map((c) => code.get(c)));

  const w = new Writer();
  w.bytes(Buffer.from('KGMORPH1', 'ascii'));
  w.string(`OpenCorpora ${meta.source_version} rev ${meta.source_revision} via npm az 0.2.3 (pymorphy2 ${meta.pymorphy2_version} format ${meta.format_version})`);
  w.string(alphabet.join(''));
  w.strings(PREFIXES);
  w.strings(suffixes);
  w.strings(tags);
  w.u32(paradigms.length);
  for (const p of paradigms) {
    const n = p.length / 3;
    w.u16(n);
    w.u16s(p.slice(0, n).map((s) => suffixMap[s]));
    w.u16s(p.slice(n, 2 * n));
    w.bytes(p.slice(2 * n));
  }
  const sortedParadigmLists = new Map([...stems].map(([s, set]) => [s, [...set].sort((a, b) => a - b)]));
  const stemValues = writeKeyedLists(w, sortedParadigmLists, encode, 1);
  w.u16s(stemValues);
  for (const lists of prediction) {
    const values = writeKeyedLists(w, lists, encode, 3);
    w.u16s(values);
  }

  w.u16s(writeKeyedLists(w, probabilityLists, encode, 2));

  const raw = w.toBuffer();
  fs.mkdirSync(path.dirname(output), { recursive: true });
  fs.writeFileSync(output, raw);
  console.log(`forms ${forms}, stems ${stems.size}, paradigms ${paradigms.length}, suffixes ${suffixes.length}, ` +
    `tags ${tags.length}, prediction endings ${prediction.map((m) => m.size).join('/')}, P(t|w) words ${probabilities.size} of ${probabilityCount} outcomes`);
  console.log(`written ${raw.length} bytes to ${output}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
