// portdeck-cli replay's input: settings and review sequences as JSON, replayed through FSRS.
#include "fuzzinput.h"
#include "replay.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzzinput::startQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const std::optional<QByteArray> output = replayJson(fuzzinput::bytes(data, size), &error);
    if (!output && error.isEmpty())
        __builtin_trap(); // refused without saying why
    return 0;
}
