// Writes tests/data/fsrs/parity.json: random review sequences under many scheduler
// configurations, with ts-fsrs 5.4.2's results for every review. The C++ scheduler must
// reproduce them (tests/tst_fsrsparity.cpp); `portdeck-cli replay` reads the same inputs.
//
//   cd tests/tools/fsrs-fixtures && npm ci && node generate.mjs
//
// Deterministic: the same seed writes the same file.
import { writeFileSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { fsrs, generatorParameters, createEmptyCard, default_w, CLAMP_PARAMETERS, FSRSVersion } from 'ts-fsrs'

const here = dirname(fileURLToPath(import.meta.url))
const out = join(here, '..', '..', 'data', 'fsrs', 'parity.json')

// mulberry32: a small seeded generator, so the fixtures are reproducible.
function rng(seed) {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const random = rng(20241124)
const pick = (list) => list[Math.floor(random() * list.length)]
const between = (lo, hi) => lo + random() * (hi - lo)
const round = (x, digits) => Math.round(x * 10 ** digits) / 10 ** digits

const MIN = 60 * 1000
const DAY = 24 * 60 * MIN

function randomParameters(kind, shortTerm) {
  const clamp = CLAMP_PARAMETERS(2, shortTerm)
  if (kind === 'default') return undefined
  if (kind === 'uniform') return clamp.map(([lo, hi]) => round(between(lo, Math.min(hi, lo + (hi - lo))), 4))
  const base = default_w.map((w, i) => {
    const [lo, hi] = clamp[i]
    return round(Math.min(hi, Math.max(lo, w * Math.exp((random() - 0.5) * 0.8))), 4)
  })
  if (kind === 'fsrs5') return base.slice(0, 19)
  if (kind === 'fsrs45') return base.slice(0, 17)
  if (kind === 'out-of-range') return base.map((w, i) => (i % 5 === 0 ? w * 40 : w))
  return base
}

const learningChoices = [['1m', '10m'], ['10m'], [], ['1m', '10m', '1h'], ['5m', '1d'], ['30m', '2d'], ['1h']]
const relearningChoices = [['10m'], [], ['10m', '1h'], ['5m', '20m', '1d'], ['1d']]
const parameterKinds = ['default', 'perturbed', 'perturbed', 'uniform', 'fsrs5', 'fsrs45', 'out-of-range']
const retentions = [0.7, 0.75, 0.8, 0.85, 0.9, 0.9, 0.93, 0.95, 0.97, 0.99]
const maxIntervals = [36500, 36500, 3650, 365, 100, 30, 7]

function nextTime(card, now) {
  const due = card.due.getTime()
  const kind = random()
  if (card.state === 0) return now + Math.floor(between(0, 3 * DAY))
  if (kind < 0.15) return now + Math.floor(between(0, 30 * MIN))               // same day, soon
  if (kind < 0.30) return now + Math.floor(between(0.05, 0.95) * Math.max(due - now, MIN)) // early
  if (kind < 0.55) return Math.max(now, due)                                  // on time
  if (kind < 0.80) return due + Math.floor(between(0, 3) * Math.max(due - now, DAY))       // late
  if (kind < 0.90) {                                                          // just across UTC midnight
    const midnight = (Math.floor(Math.max(now, due) / DAY) + 1) * DAY
    return midnight + Math.floor(between(-2, 2) * MIN) > now ? midnight + Math.floor(between(-2, 2) * MIN) : now
  }
  return due + Math.floor(between(20, 400) * DAY)                             // very late
}

function ratingFor() {
  const x = random()
  return x < 0.15 ? 1 : x < 0.3 ? 2 : x < 0.85 ? 3 : 4
}

const configurations = []
let reviewCount = 0
const CONFIGS = 48
for (let c = 0; c < CONFIGS; c++) {
  const enable_short_term = c % 2 === 0
  const enable_fuzz = c % 4 < 2
  const kind = c < 2 ? 'default' : parameterKinds[c % parameterKinds.length]
  const parameters = randomParameters(kind, enable_short_term)
  const input = {
    ...(parameters ? { parameters } : {}),
    desired_retention: pick(retentions),
    maximum_interval: pick(maxIntervals),
    enable_short_term,
    enable_fuzz,
    learning_steps: pick(learningChoices),
    relearning_steps: pick(relearningChoices),
    cards: [],
  }
  if (c < 2) Object.assign(input, { desired_retention: 0.9, maximum_interval: 36500, learning_steps: ['1m', '10m'], relearning_steps: ['10m'] })
  const f = fsrs(generatorParameters({
    w: parameters,
    request_retention: input.desired_retention,
    maximum_interval: input.maximum_interval,
    enable_fuzz,
    enable_short_term,
    learning_steps: input.learning_steps,
    relearning_steps: input.relearning_steps,
  }))
  const expected = { cards: [] }
  for (let id = 1; id <= 10; id++) {
    let now = Date.UTC(2024, 0, 1, 9, 0, 0) + Math.floor(between(0, 400) * DAY) + Math.floor(between(0, DAY))
    let card = createEmptyCard(new Date(now))
    const reviews = []
    const results = []
    const length = 15 + Math.floor(random() * 20)
    for (let i = 0; i < length; i++) {
      if (i > 0) now = nextTime(card, now)
      const rating = ratingFor()
      const { card: next, log } = f.next(card, new Date(now), rating)
      reviews.push({ time: now, rating })
      results.push({
        state: ['New', 'Learning', 'Review', 'Relearning'][next.state],
        step: next.learning_steps,
        stability: next.stability,
        difficulty: next.difficulty,
        scheduled_days: next.scheduled_days,
        due: next.due.getTime(),
        elapsed_days: log.elapsed_days,
        lapses: next.lapses,
      })
      card = next
    }
    input.cards.push({ id, reviews })
    expected.cards.push({ id, reviews: results })
    reviewCount += reviews.length
  }
  configurations.push({ name: `config-${String(c).padStart(2, '0')}-${kind}`, input, expected })
}

mkdirSync(dirname(out), { recursive: true })
writeFileSync(out, JSON.stringify({ generator: FSRSVersion, configurations }) + '\n')
console.log(`${configurations.length} configurations, ${reviewCount} reviews -> ${out}`)
