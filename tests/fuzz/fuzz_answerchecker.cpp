// The answer checker: a question kind, its subject and a typed answer, one a line.
#include "answerchecker.h"
#include "deck.h"
#include "fuzzinput.h"

static const AnswerChecker *checker = nullptr;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzzinput::startQt(argc, argv);
    QList<Fact> facts;
    for (const DeckFact &f : Deck::builtin().facts)
        facts.append(f.fact);
    checker = new AnswerChecker(facts);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QString> input = fuzzinput::parts(data, size, 3);
    QuestionKind kind;
    QString error;
    if (!parseQuestionKind(input.at(0), &kind))
        kind = QuestionKind(input.at(0).isEmpty() ? 0 : input.at(0).front().unicode() % 7);
    const std::optional<CheckResult> result = checker->check(kind, input.at(1), input.at(2), &error);
    if (!result && error.isEmpty())
        __builtin_trap(); // refused without saying why
    checker->factNamed(input.at(2));
    return 0;
}
