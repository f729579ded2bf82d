#pragma once

#include "Error.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

namespace tandem {

// Every file Tandem writes for a person (an export, a calendar, an archive, a briefing, rejected rows)
// goes through this one writer, so that each is written the same way:
// - whole or not at all: the bytes go to a new temporary file beside the target, created exclusively and
//   readable by its owner only, checked at every write, synced, and only then moved into place;
// - never onto an open Tandem database or its -wal/-shm (same file by inode, links followed);
// - never over something it did not mean to replace: a device, a pipe or a folder is refused, and for
//   names Tandem derives itself (NewName) an existing file or link is left alone and another name taken.
// Only the temporary file Tandem created is ever removed.
class ExportFile : public QIODevice
{
    Q_OBJECT
public:
    enum class Existing
    {
        Replace, // the person chose this name (a save dialog asked, or the command line named it)
        Refuse, // the name must be new
        NewName, // a name Tandem derived: take "name-2.ext", "name-3.ext"... when it is taken
    };

    explicit ExportFile(QString path, Existing existing = Existing::Replace);
    ~ExportFile() override;

    // Checks the target and creates the temporary file; nothing is written before this succeeds.
    Error begin();
    // Moves the finished file into place; on any failure nothing is left behind.
    Error commit();
    // Drops what was written.
    void cancel();
    // The first failure to write, as one sentence; empty while all went well.
    const Error& failure() const { return m_failure; }
    // Where the file went (for NewName, the name that was free).
    QString path() const { return m_path; }

    // Writes `bytes` as a whole file in one go: begin, write, commit.
    static Error writeWhole(
        const QString& path, const QByteArray& bytes, Existing existing = Existing::Replace);
    // Refuses a target that is an open Tandem database or one of its -wal/-shm files.
    static Error checkTarget(const QString& path);

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    Error flushBuffer();
    Error fail(int error);

    QString m_path;
    Existing m_existing;
    QString m_temporary;
    QByteArray m_buffer;
    Error m_failure;
    int m_fd = -1;
    bool m_committed = false;
};

} // namespace tandem
