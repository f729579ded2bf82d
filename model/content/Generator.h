#pragma once

#include "Error.h"

#include <QString>
#include <functional>
#include <optional>

namespace tandem {

class Database;

// Makes a large, consistent, reproducible database for benchmarks and scale tests: the same seed gives the
// same data. Writes in one transaction, so a cancelled or failed run leaves the database as it was.
class Generator
{
public:
    // The language of names, cities and texts. Mixed makes each record Chinese or English, the way a
    // company trading at home and abroad sees both.
    enum class Language
    {
        English,
        Chinese,
        Mixed,
    };
    struct Sizes
    {
        int staff = 200;
        int accounts = 1000;
        int contacts = 3000;
        int requests = 10000;
        quint32 seed = 42;
        Language language = Language::Mixed;
    };
    // Called now and then with the share done (0..100) and what is being made; return false to cancel.
    using Progress = std::function<bool(int percent, const QString& stage)>;

    static Error run(Database& database, const Sizes& sizes, const Progress& progress = {});

    // The language the command line names "en", "zh_CN" or "mixed"; nothing for any other text.
    static std::optional<Language> languageNamed(const QString& name);
};

} // namespace tandem
