// The deck file format (FORMAT.md): the built-in deck's and a shared deck's JSON.
#include "deck.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzzinput::startQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const Deck deck = Deck::fromJson(fuzzinput::bytes(data, size), &error);
    if (!error.isEmpty() && !deck.isEmpty())
        __builtin_trap(); // a refused file must leave nothing half-read
    if (error.isEmpty())
        deck.validate();
    return 0;
}
