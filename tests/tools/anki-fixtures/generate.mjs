// Writes the Anki package fixtures of tests/tst_ankipackage.cpp into tests/data/anki:
//
//   apkg-export.apkg  made by anki-apkg-export 4.0.3, a tool other than Portdeck: a legacy
//                     schema-11 collection.anki2 with a media map and one media file.
//   schema18.apkg     a current package as Anki 2.1.50+ exports it: collection.anki21b
//                     (zstd) in Anki's schema 18 (notetypes, fields, templates and decks
//                     tables, protobuf configs), the legacy collection.anki2 that only asks to
//                     update Anki, `meta` (version 3) and a zstd media list, with cards in every
//                     state and a review history. No npm tool writes schema 18, so this one is
//                     built here with sql.js after rslib/src/storage (schema11.sql and the
//                     upgrades to 18) and proto/anki/notetypes.proto.
//
//   cd tests/tools/anki-fixtures && npm ci && node generate.mjs
//
// Deterministic: fixed clocks and ids, so the same sources write the same collections.
import { writeFileSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const here = dirname(fileURLToPath(import.meta.url))
const outDir = join(here, '..', '..', 'data', 'anki')
mkdirSync(outDir, { recursive: true })

const SQL = require('sql.js')
const JSZip = require('jszip')
const { init: zstdInit, compress: zstdCompress } = require('@bokuweb/zstd-wasm')

// Zip entries get a fixed date so the archive's bytes do not depend on the day.
const zipDate = new Date(Date.UTC(2026, 0, 1))

// ---- 1. anki-apkg-export ----------------------------------------------------------------

async function apkgExport() {
  const realNow = Date.now
  let tick = Date.UTC(2026, 0, 15, 12, 0, 0)
  Date.now = () => tick++
  const AnkiExport = require('anki-apkg-export').default
  const apkg = new AnkiExport('Network Ports')
  apkg.addMedia('port.png', Buffer.from('89504e470d0a1a0a', 'hex'))
  apkg.addCard('Which port does SSH use?', '22 (TCP)', { tags: ['ports', 'secure shell'] })
  apkg.addCard('HTTPS &amp; TLS<br>default port?', '<div>443</div><div>TCP</div>', { tags: ['ports'] })
  apkg.addCard('DNS <b>port</b>', '53&nbsp;UDP/TCP <img src="port.png">')
  const zip = await apkg.save({ date: zipDate })
  Date.now = realNow
  // jszip sets each file's date when it is added: write them again with a fixed one.
  const again = await JSZip.loadAsync(zip)
  const fixed = new JSZip()
  for (const name of Object.keys(again.files).sort())
    fixed.file(name, await again.file(name).async('nodebuffer'), { date: zipDate })
  const bytes = await fixed.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
  writeFileSync(join(outDir, 'apkg-export.apkg'), bytes)
}

// ---- 2. a schema-18 package --------------------------------------------------------------

// Protobuf wire format: just what the configs need.
function varint(n) {
  const out = []
  let v = BigInt(n)
  if (v < 0n) v += 1n << 64n
  do {
    let byte = Number(v & 0x7fn)
    v >>= 7n
    if (v) byte |= 0x80
    out.push(byte)
  } while (v)
  return out
}
const key = (field, wire) => varint((field << 3) | wire)
const pbVarint = (field, n) => [...key(field, 0), ...varint(n)]
const pbBytes = (field, bytes) => [...key(field, 2), ...varint(bytes.length), ...bytes]
const pbString = (field, s) => pbBytes(field, [...Buffer.from(s, 'utf8')])
const blob = (...parts) => Uint8Array.from(parts.flat())

// rslib/src/storage/schema11.sql, then the upgrades to 14, 15, 17 and 18.
const schema18 = `
CREATE TABLE col (id integer PRIMARY KEY, crt integer NOT NULL, mod integer NOT NULL,
  scm integer NOT NULL, ver integer NOT NULL, dty integer NOT NULL, usn integer NOT NULL,
  ls integer NOT NULL, conf text NOT NULL, models text NOT NULL, decks text NOT NULL,
  dconf text NOT NULL, tags text NOT NULL);
CREATE TABLE notes (id integer PRIMARY KEY, guid text NOT NULL, mid integer NOT NULL,
  mod integer NOT NULL, usn integer NOT NULL, tags text NOT NULL, flds text NOT NULL,
  sfld integer NOT NULL, csum integer NOT NULL, flags integer NOT NULL, data text NOT NULL);
CREATE TABLE cards (id integer PRIMARY KEY, nid integer NOT NULL, did integer NOT NULL,
  ord integer NOT NULL, mod integer NOT NULL, usn integer NOT NULL, type integer NOT NULL,
  queue integer NOT NULL, due integer NOT NULL, ivl integer NOT NULL, factor integer NOT NULL,
  reps integer NOT NULL, lapses integer NOT NULL, left integer NOT NULL, odue integer NOT NULL,
  odid integer NOT NULL, flags integer NOT NULL, data text NOT NULL);
CREATE TABLE revlog (id integer PRIMARY KEY, cid integer NOT NULL, usn integer NOT NULL,
  ease integer NOT NULL, ivl integer NOT NULL, lastIvl integer NOT NULL, factor integer NOT NULL,
  time integer NOT NULL, type integer NOT NULL);
CREATE INDEX ix_notes_usn ON notes (usn);
CREATE INDEX ix_cards_usn ON cards (usn);
CREATE INDEX ix_revlog_usn ON revlog (usn);
CREATE INDEX ix_cards_nid ON cards (nid);
CREATE INDEX ix_cards_sched ON cards (did, queue, due);
CREATE INDEX ix_revlog_cid ON revlog (cid);
CREATE INDEX ix_notes_csum ON notes (csum);
CREATE TABLE deck_config (id integer PRIMARY KEY NOT NULL, name text NOT NULL COLLATE unicase,
  mtime_secs integer NOT NULL, usn integer NOT NULL, config blob NOT NULL);
CREATE TABLE config (KEY text NOT NULL PRIMARY KEY, usn integer NOT NULL,
  mtime_secs integer NOT NULL, val blob NOT NULL) without rowid;
CREATE TABLE fields (ntid integer NOT NULL, ord integer NOT NULL, name text NOT NULL COLLATE unicase,
  config blob NOT NULL, PRIMARY KEY (ntid, ord)) without rowid;
CREATE UNIQUE INDEX idx_fields_name_ntid ON fields (name, ntid);
CREATE TABLE templates (ntid integer NOT NULL, ord integer NOT NULL, name text NOT NULL COLLATE unicase,
  mtime_secs integer NOT NULL, usn integer NOT NULL, config blob NOT NULL,
  PRIMARY KEY (ntid, ord)) without rowid;
CREATE UNIQUE INDEX idx_templates_name_ntid ON templates (name, ntid);
CREATE INDEX idx_templates_usn ON templates (usn);
CREATE TABLE notetypes (id integer NOT NULL PRIMARY KEY, name text NOT NULL COLLATE unicase,
  mtime_secs integer NOT NULL, usn integer NOT NULL, config blob NOT NULL);
CREATE UNIQUE INDEX idx_notetypes_name ON notetypes (name);
CREATE INDEX idx_notetypes_usn ON notetypes (usn);
CREATE TABLE decks (id integer PRIMARY KEY NOT NULL, name text NOT NULL COLLATE unicase,
  mtime_secs integer NOT NULL, usn integer NOT NULL, common blob NOT NULL, kind blob NOT NULL);
CREATE UNIQUE INDEX idx_decks_name ON decks (name);
CREATE INDEX idx_notes_mid ON notes (mid);
CREATE INDEX idx_cards_odid ON cards (odid) WHERE odid != 0;
CREATE TABLE tags (tag text NOT NULL PRIMARY KEY COLLATE unicase, usn integer NOT NULL,
  collapsed boolean NOT NULL, config blob NULL) without rowid;
CREATE TABLE graves (oid integer NOT NULL, type integer NOT NULL, usn integer NOT NULL,
  PRIMARY KEY (oid, type)) WITHOUT ROWID;
CREATE INDEX idx_graves_pending ON graves (usn);
`

// sql.js cannot register Anki's "unicase" collation: the tables are made without it, then the
// schema text is set to Anki's own, as SQLite's documentation allows for collation changes.
function createSchema18(db) {
  db.run(schema18.replace(/ COLLATE unicase/g, ''))
  db.run('PRAGMA writable_schema = ON')
  const rows = db.exec("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL")[0].values
  const real = new Map()
  for (const statement of schema18.split(';')) {
    const m = statement.match(/CREATE (?:UNIQUE )?(?:TABLE|INDEX) (\w+)/)
    if (m) real.set(m[1], statement.trim().replace(/\s+/g, ' '))
  }
  const update = db.prepare('UPDATE sqlite_master SET sql = :sql WHERE name = :name')
  for (const [name] of rows) {
    if (real.has(name) && real.get(name).includes('unicase')) update.run({ ':sql': real.get(name), ':name': name })
  }
  update.free()
  db.run('PRAGMA writable_schema = OFF')
}

const crt = Date.UTC(2026, 0, 1, 4, 0, 0) / 1000 // col.crt: the first study day's start
const day = (n) => n // review due: days since crt
const ms = (isoDay, hour = 9, minute = 0) => Date.UTC(2026, 0, isoDay, hour, minute, 0)
const sha1 = require('sha1')

function stripHtml(s) {
  return s.replace(/<[^>]*>/g, '').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
}
const csum = (field) => parseInt(sha1(stripHtml(field)).slice(0, 8), 16)

function modernCollection() {
  const db = new SQL.Database()
  createSchema18(db)
  const mod = crt + 86400 * 40
  db.run(`INSERT INTO col VALUES (1, ${crt}, ${mod * 1000}, ${crt * 1000}, 18, 0, 0, 0, '', '', '', '', '')`)

  // Note types: Basic, Basic (and reversed card), Cloze.
  const notetype = db.prepare('INSERT INTO notetypes VALUES (:id, :name, :mtime, -1, :config)')
  const field = db.prepare('INSERT INTO fields VALUES (:ntid, :ord, :name, :config)')
  const template = db.prepare('INSERT INTO templates VALUES (:ntid, :ord, :name, :mtime, -1, :config)')
  const css = '.card { font-family: arial; font-size: 20px; text-align: center; }'
  const types = [
    { id: 1700000000001, name: 'Basic', kind: 0, fields: ['Front', 'Back'],
      templates: [['Card 1', '{{Front}}', '{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}']] },
    { id: 1700000000002, name: 'Basic (and reversed card)', kind: 0, fields: ['Front', 'Back'],
      templates: [['Card 1', '{{Front}}', '{{FrontSide}}<hr id=answer>{{Back}}'],
                  ['Card 2', '{{Back}}', '{{FrontSide}}<hr id=answer>{{Front}}']] },
    { id: 1700000000003, name: 'Cloze', kind: 1, fields: ['Text', 'Back Extra'],
      templates: [['Cloze', '{{cloze:Text}}', '{{cloze:Text}}<br>\n{{Back Extra}}']] },
  ]
  for (const t of types) {
    // Notetype.Config: kind 1, sort_field_idx 2, css 3.
    notetype.run({ ':id': t.id, ':name': t.name, ':mtime': mod,
                   ':config': blob(pbVarint(1, t.kind), pbString(3, css)) })
    t.fields.forEach((name, ord) =>
      // Field.Config: font_name 3, font_size 4.
      field.run({ ':ntid': t.id, ':ord': ord, ':name': name, ':config': blob(pbString(3, 'Arial'), pbVarint(4, 20)) }))
    t.templates.forEach(([name, q, a], ord) =>
      // Template.Config: q_format 1, a_format 2.
      template.run({ ':ntid': t.id, ':ord': ord, ':name': name, ':mtime': mod,
                     ':config': blob(pbString(1, q), pbString(2, a)) }))
  }
  notetype.free(); field.free(); template.free()

  // Decks: Default and a subdeck (levels separated by U+001F in schema 15+).
  const deck = db.prepare('INSERT INTO decks VALUES (:id, :name, :mtime, -1, :common, :kind)')
  // DeckCommon: study_collapsed 1 …; Deck.Normal kind: normal = 1 { config_id 1 }.
  for (const [id, name] of [[1, 'Default'], [1700000000100, 'Networking'], [1700000000101, 'Networking\u001fPorts']])
    deck.run({ ':id': id, ':name': name, ':mtime': mod, ':common': blob(pbVarint(1, 0)),
               ':kind': blob(pbBytes(1, [...pbVarint(1, 1)])) })
  deck.free()
  db.run(`INSERT INTO deck_config VALUES (1, 'Default', ${mod}, -1, x'')`)

  // Notes: HTML, entities, a cloze with a hint, tags.
  const notes = [
    [1700000001001, 'gUid-Basic-01', types[0].id, ['What does <b>SSH</b> stand for?', 'Secure&nbsp;Shell<br>port 22'], ' ports ssh '],
    [1700000001002, 'gUid-Revers-2', types[1].id, ['HTTPS', '443/tcp'], ' ports web '],
    [1700000001003, 'gUid-Cloze-03', types[2].id, ['{{c1::DNS}} uses port {{c2::53::a number}}', 'UDP and TCP'], ''],
    [1700000001004, 'gUid-Basic-04', types[0].id, ['Größe &amp; Maß: Ü', '<div>Zeile 1</div><div>Zeile 2</div>'], ' umlaut '],
  ]
  const note = db.prepare('INSERT INTO notes VALUES (:id, :guid, :mid, :mod, -1, :tags, :flds, :sfld, :csum, 0, \'\')')
  for (const [id, guid, mid, fields, tags] of notes)
    note.run({ ':id': id, ':guid': guid, ':mid': mid, ':mod': mod, ':tags': tags, ':flds': fields.join('\u001f'),
               ':sfld': stripHtml(fields[0]), ':csum': csum(fields[0]) })
  note.free()

  // Cards in each state: new, review (FSRS memory), learning, relearning, suspended, buried.
  const ports = 1700000000101
  const cards = [
    // id, nid, did, ord, type, queue, due, ivl, factor, reps, lapses, left, flags, data
    [1700000002001, 1700000001001, ports, 0, 2, 2, day(45), 12, 2500, 5, 1, 0, 1, '{"s":14.25,"d":5.5,"dr":0.9}'],
    [1700000002002, 1700000001002, ports, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, ''],
    [1700000002003, 1700000001002, ports, 1, 1, 1, ms(40, 10) / 1000, 0, 0, 1, 0, 1001, 0, '{"s":0.4,"d":7.1}'],
    [1700000002004, 1700000001003, 1700000000100, 0, 2, -1, day(50), 20, 2300, 4, 0, 0, 0, '{"s":22.0,"d":4.25}'],
    [1700000002005, 1700000001003, 1700000000100, 1, 3, 1, ms(40, 11) / 1000, 1, 2100, 6, 2, 1001, 3, ''],
    [1700000002006, 1700000001004, 1, 0, 0, -2, 4, 0, 0, 0, 0, 0, 0, ''],
  ]
  const card = db.prepare('INSERT INTO cards VALUES (:id, :nid, :did, :ord, :mod, -1, :type, :queue, :due, :ivl, :factor, :reps, :lapses, :left, 0, 0, :flags, :data)')
  for (const [id, nid, did, ord, type, queue, due, ivl, factor, reps, lapses, left, flags, data] of cards)
    card.run({ ':id': id, ':nid': nid, ':did': did, ':ord': ord, ':mod': mod, ':type': type, ':queue': queue,
               ':due': due, ':ivl': ivl, ':factor': factor, ':reps': reps, ':lapses': lapses, ':left': left,
               ':flags': flags, ':data': data })
  card.free()

  // The review history: learning, review, a lapse and relearning, a manual reschedule.
  const reviews = [
    // id (ms), cid, ease, ivl, lastIvl, factor, time (ms), type
    [ms(10, 9, 0), 1700000002001, 3, -600, 0, 2500, 8000, 0],
    [ms(10, 9, 11), 1700000002001, 3, 1, -600, 2500, 6000, 0],
    [ms(11, 8, 30), 1700000002001, 3, 3, 1, 2500, 5000, 1],
    [ms(14, 19, 5), 1700000002001, 1, -600, 3, 2300, 12000, 1],
    [ms(14, 19, 16), 1700000002001, 3, 12, -600, 2300, 4000, 2],
    [ms(20, 7, 45), 1700000002004, 4, 20, 5, 2300, 3000, 1],
    [ms(21, 12, 0), 1700000002004, 0, 20, 20, 2300, 0, 4],
    [ms(39, 10, 0), 1700000002003, 2, -600, 0, 0, 9000, 0],
    [ms(39, 11, 0), 1700000002005, 1, -600, 10, 2100, 15000, 1],
  ]
  const revlog = db.prepare('INSERT INTO revlog VALUES (:id, :cid, -1, :ease, :ivl, :lastIvl, :factor, :time, :type)')
  for (const [id, cid, ease, ivl, lastIvl, factor, time, type] of reviews)
    revlog.run({ ':id': id, ':cid': cid, ':ease': ease, ':ivl': ivl, ':lastIvl': lastIvl, ':factor': factor, ':time': time, ':type': type })
  revlog.free()
  for (const tag of ['ports', 'ssh', 'web', 'umlaut'])
    db.run('INSERT INTO tags VALUES (?, -1, 0, NULL)', [tag])
  db.run(`INSERT INTO config VALUES ('schedVer', -1, ${mod}, '2')`)
  const bytes = db.export()
  db.close()
  return Buffer.from(bytes)
}

// What Anki puts beside collection.anki21b for older versions: a legacy file with one note
// asking the learner to update (rslib's export_legacy_dummy_collection).
function dummyLegacyCollection() {
  const db = new SQL.Database()
  db.run(schema18.split('CREATE TABLE deck_config')[0])
  db.run(`INSERT INTO col VALUES (1, ${crt}, 0, 0, 11, 0, 0, 0, '{}', '{}', '{}', '{}', '{}')`)
  db.run("INSERT INTO notes VALUES (1, 'dummy', 1, 0, -1, '', 'Please update to the latest Anki version, then import the .colpkg/.apkg file again.\u001f', 'Please update', 0, 0, '')")
  const bytes = db.export()
  db.close()
  return Buffer.from(bytes)
}

async function schema18Package() {
  await zstdInit()
  const zip = new JSZip()
  const image = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')
  zip.file('collection.anki2', dummyLegacyCollection(), { date: zipDate })
  zip.file('collection.anki21b', Buffer.from(zstdCompress(modernCollection(), 10)), { date: zipDate })
  // MediaEntries { entries = 1: MediaEntry { name 1, size 2, sha1 3 } }, zstd like the files.
  const entry = [...pbString(1, 'port.png'), ...pbVarint(2, image.length), ...pbBytes(3, [...Buffer.from(sha1(image), 'hex')])]
  zip.file('media', Buffer.from(zstdCompress(blob(pbBytes(1, entry)), 10)), { date: zipDate })
  zip.file('0', Buffer.from(zstdCompress(image, 10)), { date: zipDate })
  zip.file('meta', Buffer.from(blob(pbVarint(1, 3))), { date: zipDate })
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' })
  writeFileSync(join(outDir, 'schema18.apkg'), bytes)
}

await apkgExport()
await schema18Package()
console.log('wrote', outDir)
