#pragma once

#include "Error.h"

#include <QByteArray>

namespace tandem {

class Database;

// Open follow-ups and the due dates of open requests as iCalendar (RFC 5545), for a calendar app: each an
// event with a stable UID, so that importing again updates rather than duplicates.
class Calendar
{
public:
    struct Contents
    {
        bool followUps = true;
        bool requests = true;
        qint64 staff = 0; // only this colleague's follow-ups and requests; 0 for everyone's
    };
    static Result<QByteArray> write(Database& database, const Contents& contents);
};

} // namespace tandem
