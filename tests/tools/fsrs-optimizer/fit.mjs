// fsrs-rs's optimizer on a revlog CSV, for bench_optimizer: prints the fitted parameters as JSON.
//
//   node fit.mjs FILE.csv        (after npm ci here)
//
// The CSV is fsrs-rs's (card_id,review_time,review_rating,review_state,review_duration). Days
// are UTC calendar days. Items are built as ../../shared/FSRS.md §4 describes and as Portdeck
// prepares them: each card from its last New/Learning block, one item per answer on a later
// day than the one before, all items in the time order of their last answer.
import { readFileSync } from 'node:fs'
import { computeParameters, FSRSBindingItem, FSRSBindingReview } from '@open-spaced-repetition/binding'

const [file] = process.argv.slice(2)
const lines = readFileSync(file, 'utf8').split('\n')
const header = lines[0].split(',')
const col = (name) => header.indexOf(name)
const [cId, cTime, cRating, cState] = ['card_id', 'review_time', 'review_rating', 'review_state'].map(col)
const cards = new Map()
for (const line of lines.slice(1)) {
  if (!line.trim()) continue
  const f = line.split(',')
  const rating = Number(f[cRating])
  if (rating < 1) continue
  const list = cards.get(f[cId]) ?? []
  list.push({ time: Number(f[cTime]), rating, state: Number(f[cState]) })
  cards.set(f[cId], list)
}
const DAY = 86400000
const items = []
for (const list of cards.values()) {
  list.sort((a, b) => a.time - b.time)
  let start = -1
  for (let i = list.length - 1; i >= 0; --i) {
    if (list[i].state <= 1) start = i
    else if (start >= 0) break
  }
  if (start < 0) continue
  const reviews = list.slice(start)
  const deltas = reviews.map((r, i) => (i === 0 ? 0 : Math.max(0, Math.floor(r.time / DAY) - Math.floor(reviews[i - 1].time / DAY))))
  for (let i = 1; i < reviews.length; ++i) {
    if (deltas[i] === 0) continue
    items.push({ time: reviews[i].time, reviews: reviews.slice(0, i + 1).map((r, k) => [r.rating, deltas[k]]) })
  }
}
items.sort((a, b) => a.time - b.time)
const bindingItems = items.map((item) => new FSRSBindingItem(item.reviews.map(([r, d]) => new FSRSBindingReview(r, d))))
const parameters = await computeParameters(bindingItems, { enableShortTerm: true })
console.log(JSON.stringify({ parameters: Array.from(parameters), items: items.length }))
