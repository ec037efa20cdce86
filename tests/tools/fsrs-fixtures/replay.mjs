// ts-fsrs 5.4.2 on the input `portdeck-cli replay` reads, printing what it prints: the anchor
// of bench_replay, which times both as whole processes and checks they agree on every field.
//
//   node replay.mjs < input.json        (after npm ci here)
import { readFileSync } from 'node:fs'
import { fsrs, generatorParameters, createEmptyCard } from 'ts-fsrs'

const input = JSON.parse(readFileSync(0, 'utf8'))
const f = fsrs(generatorParameters({
  w: input.parameters,
  request_retention: input.desired_retention ?? 0.9,
  maximum_interval: input.maximum_interval ?? 36500,
  enable_fuzz: input.enable_fuzz ?? false,
  enable_short_term: input.enable_short_term ?? true,
  learning_steps: input.learning_steps ?? ['1m', '10m'],
  relearning_steps: input.relearning_steps ?? ['10m'],
}))
const states = ['New', 'Learning', 'Review', 'Relearning']
const cards = input.cards.map(({ id, reviews }) => {
  let card = createEmptyCard(new Date(reviews.length ? reviews[0].time : 0))
  return {
    id,
    reviews: reviews.map(({ time, rating }) => {
      const { card: next, log } = f.next(card, new Date(time), rating)
      card = next
      return {
        state: states[next.state], step: next.learning_steps, stability: next.stability,
        difficulty: next.difficulty, scheduled_days: next.scheduled_days, due: next.due.getTime(),
        elapsed_days: log.elapsed_days, lapses: next.lapses,
      }
    }),
  }
})
process.stdout.write(JSON.stringify({ cards }) + '\n')
