// libFuzzer target for the CSV reader: any bytes, any encoding guess, never a crash or a hang.
#include "Csv.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    for (auto encoding : { tandem::CsvReader::Encoding::Auto, tandem::CsvReader::Encoding::Gb18030 }) {
        auto table = tandem::CsvReader::read(bytes, QStringLiteral("fuzz.csv"), encoding);
        if (table) {
            // What was read writes back out without trouble.
            const tandem::CsvWriter writer;
            QByteArray out = tandem::CsvWriter::start() + writer.line(table->header);
            for (const QStringList& row : table->rows) {
                out += writer.line(row);
            }
        }
    }
    return 0;
}
