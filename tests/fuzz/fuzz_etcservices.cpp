// /etc/services, the system's own list of service names and ports (or, when a mutation writes
// IANA's header, the registry CSV: the reader decides, as for a file the learner picks).
#include "fuzzinput.h"
#include "registryparser.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzzinput::startQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzzinput::bytes(data, size);
    QString error;
    const std::optional<RegistryFile> file = RegistryParser::parse(bytes, &error);
    if (!file && error.isEmpty())
        __builtin_trap(); // refused without saying why
    RegistryParser::isRegistryFile(bytes.left(4096), QStringLiteral("services"));
    return 0;
}
