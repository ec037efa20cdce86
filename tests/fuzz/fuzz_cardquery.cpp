// The Browse page's search language: every query that reads as valid must also run.
#include "cardlist.h"
#include "cardquery.h"
#include "deckstore.h"
#include "fuzzinput.h"

#include <cstdio>

static CardList *cards = nullptr;
static CardQueryContext context;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzzinput::startQt(argc, argv);
    DeckStore &store = fuzzinput::scratchCollection();
    cards = new CardList(store);
    context = CardQueryContext::forLearner(store, 1'767'225'600'000, QStringLiteral("de"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = fuzzinput::text(data, size);
    const CardQuery query = CardQuery::parse(text, context);
    if (!query.isValid()) {
        if (query.errorString().isEmpty() || query.errorPosition() < 0 || query.errorPosition() > text.size())
            __builtin_trap(); // refused without saying why, or pointing outside the text
        return 0;
    }
    QString error;
    const BrowseColumn sortBy = BrowseColumn(text.size() % (int(BrowseColumn::Suspended) + 1));
    if (!cards->find(query, sortBy, Qt::AscendingOrder, &error)) {
        std::fprintf(stderr, "a valid query failed: %s\n%s\n", qPrintable(error), qPrintable(query.whereSql()));
        __builtin_trap();
    }
    return 0;
}
