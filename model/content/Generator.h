#pragma once

#include "Error.h"

#include <QString>
#include <functional>

namespace tandem {

class Database;

// Makes a large, consistent, reproducible database for benchmarks and scale tests: the same seed gives the
// same data. Writes in one transaction, so a cancelled or failed run leaves the database as it was.
class Generator
{
public:
    struct Sizes
    {
        int staff = 200;
        int accounts = 1000;
        int contacts = 3000;
        int requests = 10000;
        quint32 seed = 42;
    };
    // Called now and then with the share done (0..100) and what is being made; return false to cancel.
    using Progress = std::function<bool(int percent, const QString& stage)>;

    static Error run(Database& database, const Sizes& sizes, const Progress& progress = {});
};

} // namespace tandem
