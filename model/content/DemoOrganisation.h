#pragma once

#include "Error.h"

#include <functional>

namespace tandem {

class Database;

// Fills an empty database with a believable pump manufacturer, so that a first look, a demonstration or a
// screenshot shows every page of Tandem with real-looking data in English or in Chinese.
class DemoOrganisation
{
public:
    enum class Language
    {
        English,
        Chinese
    };

    // Refuses a database that already holds departments, staff or accounts. Everything is written in one
    // transaction. `progress` gets 0..100 and returns false to cancel (then nothing is written).
    static Error fill(Database& database, Language language, const std::function<bool(int)>& progress = {});
};

} // namespace tandem
