#pragma once

#include "Error.h"

namespace tandem {

class Database;

// A write transaction that begins IMMEDIATE (so it waits for, rather than collides with, another writer)
// and rolls back unless committed. Nested transactions join the outermost one; if any inner one is
// abandoned, the outer commit fails and nothing is written.
class Transaction
{
public:
    explicit Transaction(Database& database);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // Set when the transaction could not begin; then nothing may be written.
    const Error& error() const { return m_error; }
    Error commit();

private:
    Database& m_database;
    Error m_error;
    bool m_outermost = false;
    bool m_finished = false;
};

} // namespace tandem
