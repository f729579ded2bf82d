#include "ExportFile.h"

#include "Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tandem {

namespace {

// Bytes gathered before one write(2): a CSV of 100,000 rows is a few hundred calls, not one a row.
constexpr qsizetype bufferSize = 256 * 1024;

QString systemReason(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

ExportFile::ExportFile(QString path, Existing existing)
    : m_path(QFileInfo(path).absoluteFilePath())
    , m_existing(existing)
{ }

ExportFile::~ExportFile()
{
    if (!m_committed) {
        cancel();
    }
}

Error ExportFile::checkTarget(const QString& path)
{
    if (Database::isOpenDatabaseFile(path)) {
        return Error::badInput(QCoreApplication::translate("tandem::ExportFile",
            "%1 is the open Tandem database (or one of its own files); choose another file name. "
            "Nothing was written.")
                                   .arg(path));
    }
    return {};
}

Error ExportFile::begin()
{
    const QByteArray target = QFile::encodeName(m_path);
    if (Error error = checkTarget(m_path)) {
        return error;
    }
    struct stat status = {};
    if (::lstat(target.constData(), &status) == 0) {
        if (m_existing == Existing::Refuse) {
            return Error::badInput(QCoreApplication::translate(
                "tandem::ExportFile", "%1 already exists; choose a new file name.")
                                       .arg(m_path));
        }
        // A link the person named is replaced as a link, never written through.
        if (!S_ISREG(status.st_mode) && !S_ISLNK(status.st_mode)) {
            return Error::badInput(QCoreApplication::translate(
                "tandem::ExportFile", "%1 is not a file (a folder, a device or a pipe); choose a file name.")
                                       .arg(m_path));
        }
    } else if (errno != ENOENT) {
        return Error::badInput(QCoreApplication::translate("tandem::ExportFile", "Cannot write %1: %2.")
                                   .arg(m_path, systemReason(errno)));
    }
    const QFileInfo info(m_path);
    QByteArray pattern = QFile::encodeName(
        QDir(info.absolutePath()).filePath(QStringLiteral(".%1.XXXXXX").arg(info.fileName())));
    // mkstemp creates the file exclusively and readable by its owner only, whatever the umask.
    m_fd = ::mkostemp(pattern.data(), O_CLOEXEC);
    if (m_fd < 0) {
        const int error = errno;
        return Error::badInput(QCoreApplication::translate("tandem::ExportFile", "Cannot write %1: %2.")
                                   .arg(m_path, systemReason(error)));
    }
    m_temporary = QFile::decodeName(pattern);
    m_failure = {};
    m_buffer.clear();
    m_buffer.reserve(bufferSize);
    QIODevice::open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    return {};
}

qint64 ExportFile::readData(char*, qint64)
{
    return -1;
}

qint64 ExportFile::writeData(const char* data, qint64 size)
{
    if (m_failure || m_fd < 0) {
        return -1;
    }
    m_buffer.append(data, qsizetype(size));
    if (m_buffer.size() >= bufferSize) {
        if (flushBuffer()) {
            return -1;
        }
    }
    return size;
}

Error ExportFile::fail(int error)
{
    if (m_failure) {
        return m_failure;
    }
    // ENOSPC and EDQUOT: the disk, or the person's share of it, is full; EFBIG: the file outgrew a limit.
    if (error == ENOSPC || error == EDQUOT || error == EFBIG) {
        m_failure = Error::database(QCoreApplication::translate("tandem::ExportFile",
            "Cannot write %1: the disk is full; nothing was written. Free some space and try again.")
                                        .arg(m_path));
    } else {
        m_failure = Error::database(
            QCoreApplication::translate("tandem::ExportFile", "Cannot write %1: %2; nothing was written.")
                .arg(m_path, systemReason(error)));
    }
    setErrorString(m_failure.message);
    return m_failure;
}

Error ExportFile::flushBuffer()
{
    const char* next = m_buffer.constData();
    qsizetype left = m_buffer.size();
    while (left > 0) {
        const ssize_t written = ::write(m_fd, next, size_t(left));
        if (written < 0) {
            if (errno == EINTR) {
                continue;
            }
            return fail(errno);
        }
        if (written == 0) {
            return fail(ENOSPC);
        }
        next += written;
        left -= written;
    }
    m_buffer.clear();
    return {};
}

Error ExportFile::commit()
{
    if (m_fd < 0) {
        return m_failure
            ? m_failure
            : Error::database(
                QCoreApplication::translate("tandem::ExportFile", "Cannot write %1.").arg(m_path));
    }
    Error error = m_failure ? m_failure : flushBuffer();
    // A full disk may only show when the data reaches it: the sync and the close are checked too.
    if (!error && ::fsync(m_fd) != 0) {
        error = fail(errno);
    }
    const int fd = m_fd;
    m_fd = -1;
    if (::close(fd) != 0 && !error) {
        error = fail(errno);
    }
    QIODevice::close();
    if (!error) {
        // The target may have become the database since begin(): ask again just before replacing it.
        error = checkTarget(m_path);
    }
    const QByteArray temporary = QFile::encodeName(m_temporary);
    if (!error && m_existing == Existing::Replace) {
        if (::rename(temporary.constData(), QFile::encodeName(m_path).constData()) != 0) {
            error = Error::database(QCoreApplication::translate("tandem::ExportFile", "Cannot write %1: %2.")
                                        .arg(m_path, systemReason(errno)));
        }
    } else if (!error) {
        // link(2) refuses an existing name, a dangling link included, so nothing is ever replaced.
        const QFileInfo info(m_path);
        for (int attempt = 1;; ++attempt) {
            const QString candidate = attempt == 1
                ? m_path
                : QDir(info.absolutePath())
                      .filePath(
                          QStringLiteral("%1-%2%3").arg(info.completeBaseName(), QString::number(attempt),
                              info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix()));
            if (::link(temporary.constData(), QFile::encodeName(candidate).constData()) == 0) {
                m_path = candidate;
                break;
            }
            if (errno == EEXIST && m_existing == Existing::NewName && attempt < 1000) {
                continue;
            }
            error = errno == EEXIST
                ? Error::badInput(QCoreApplication::translate(
                    "tandem::ExportFile", "%1 already exists; choose a new file name.")
                                      .arg(candidate))
                : Error::database(QCoreApplication::translate("tandem::ExportFile", "Cannot write %1: %2.")
                                      .arg(candidate, systemReason(errno)));
            break;
        }
        ::unlink(temporary.constData());
    }
    if (error) {
        ::unlink(temporary.constData());
        m_temporary.clear();
        return error;
    }
    m_temporary.clear();
    m_committed = true;
    // The new name is durable once the folder itself is synced.
    const int folder = ::open(
        QFile::encodeName(QFileInfo(m_path).absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
    return {};
}

void ExportFile::cancel()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (!m_temporary.isEmpty()) {
        ::unlink(QFile::encodeName(m_temporary).constData());
        m_temporary.clear();
    }
    if (isOpen()) {
        QIODevice::close();
    }
}

Error ExportFile::writeWhole(const QString& path, const QByteArray& bytes, Existing existing)
{
    ExportFile file(path, existing);
    if (Error error = file.begin()) {
        return error;
    }
    file.write(bytes);
    return file.commit();
}

} // namespace tandem
