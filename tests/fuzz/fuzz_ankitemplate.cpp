// Anki's card templates: a question format, an answer format and a note's fields, one a line
// (fields separated by the unit separator, \x1f, as Anki stores them), rendered as cards.
#include "ankitemplate.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzzinput::startQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QString> input = fuzzinput::parts(data, size, 3);
    AnkiNotetype notetype;
    notetype.name = QStringLiteral("Fuzzed");
    notetype.cloze = input.at(0).contains(QLatin1String("cloze:"));
    notetype.fields = {QStringLiteral("Front"), QStringLiteral("Back"), QStringLiteral("Text"), QStringLiteral("Extra")};
    notetype.templates = {AnkiTemplate{QStringLiteral("Card 1"), 0, input.at(0), input.at(1)}};
    AnkiNote note;
    note.fields = input.at(2).split(QChar(0x1f));
    note.tags = {QStringLiteral("fuzz")};
    for (int ord = 0; ord < 3; ++ord)
        ankitemplate::render(notetype, note, ord);
    ankitemplate::htmlToText(input.at(2));
    return 0;
}
