// IANA's service name and port number registry, as its CSV. The header line is given when the
// input lacks it, so that mutations reach the rows instead of turning the file into a services file.
#include "fuzzinput.h"
#include "registryparser.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzzinput::startQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes = fuzzinput::bytes(data, size);
    if (!RegistryParser::isIanaHeader(bytes.left(4096)))
        bytes.prepend("Service Name,Port Number,Transport Protocol,Description,Assignee,Contact,Registration Date,"
                      "Modification Date,Reference,Service Code,Unauthorized Use Reported,Assignment Notes\n");
    QString error;
    const std::optional<RegistryFile> file = RegistryParser::parse(bytes, &error);
    if (!file && error.isEmpty())
        __builtin_trap(); // refused without saying why
    RegistryParser::isRegistryFile(bytes.left(4096), QStringLiteral("service-names-port-numbers.csv"));
    return 0;
}
