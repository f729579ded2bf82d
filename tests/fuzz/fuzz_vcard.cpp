// libFuzzer target for the vCard reader: any bytes, never a crash or a hang; what it reads writes back out
// and reads again.
#include "VCard.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto parsed = tandem::VCardReader::read(bytes, true);
    if (parsed) {
        auto again = tandem::VCardReader::read(tandem::VCardWriter::write(parsed->cards), true);
        if (!again) {
            __builtin_trap(); // what Tandem writes, it must read
        }
    }
    return 0;
}
