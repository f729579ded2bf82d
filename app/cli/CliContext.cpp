#include "CliContext.h"

#include "Database.h"
#include "EntityStore.h"
#include "Paths.h"
#include "TeamMembers.h"
#include "Translations.h"

#include <QFileDevice>
#include <QJsonArray>
#include <QJsonDocument>

namespace tandem {

namespace {

QJsonValue jsonValue(const QVariant& value)
{
    if (value.isNull() || !value.isValid()) {
        return QJsonValue::Null;
    }
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
        return QJsonValue(value.toDouble());
    case QMetaType::Bool:
        return QJsonValue(value.toBool());
    default:
        return QJsonValue(value.toString());
    }
}

// Standard output is a file whose bytes wait in stdio's buffer: flushed before an error is written, so
// that the two stay in order on a terminal. A buffer in a test has nothing to flush.
void flushDevice(QIODevice& device)
{
    if (auto* file = qobject_cast<QFileDevice*>(&device)) {
        file->flush();
    }
}

} // namespace

CliContext::CliContext(const QStringList& arguments, QIODevice& out, QIODevice& err)
    : m_out(out)
    , m_err(err)
{
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& word = arguments.at(i);
        if (word == QLatin1String("--json")) {
            m_json = true;
        } else if (word == QLatin1String("--database") && i + 1 < arguments.size()) {
            m_databasePath = arguments.at(++i);
        } else if (word.startsWith(QLatin1String("--database="))) {
            m_databasePath = word.mid(11);
        } else {
            m_words << word;
        }
    }
}

CliContext::~CliContext() = default;

void CliContext::out(const QString& text) const
{
    outBytes(text.toUtf8());
}

void CliContext::outBytes(const QByteArray& bytes) const
{
    m_out.write(bytes);
}

void CliContext::outJson(const QJsonValue& value) const
{
    const QJsonDocument document
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out(QString::fromUtf8(document.toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
}

void CliContext::err(const QString& text) const
{
    m_err.write(text.toUtf8());
    flushDevice(m_err);
}

void CliContext::flush() const
{
    flushDevice(m_out);
}

Result<Database*> CliContext::openDatabase(Access access)
{
    const QString path = m_databasePath.isEmpty() ? paths::defaultDatabase() : m_databasePath;
    Database::Options options;
    // A database named on the command line is made only by the commands that make one, so that a typo
    // in --database is an error rather than a new, empty customer list; the default one is made as the
    // window makes it.
    options.create = access == Access::Create || (access == Access::Write && m_databasePath.isEmpty());
    options.createFolders = options.create && (access == Access::Create || m_databasePath.isEmpty());
    options.quickCheck = access != Access::Read;
    options.collation
        = translations::uiLanguage() == QLatin1String("zh_CN") ? QStringLiteral("zh_CN") : QString();
    auto database = Database::open(path, options);
    if (!database) {
        return database.error();
    }
    m_database = std::move(*database);
    if (!m_database->upgradeBackupPath().isEmpty()) {
        err(tr("The database was upgraded; the earlier version was kept at %1.\n")
                .arg(m_database->upgradeBackupPath()));
    }
    m_database->setActor(QString::fromLocal8Bit(qgetenv("USER")));
    if (m_database->isServer()) {
        // On a team server the login says who is writing: the colleague it belongs to.
        auto staff = team::signedInStaff(*m_database);
        if (staff && *staff > 0) {
            m_database->setActor(
                EntityStore(*m_database).displayName(QStringLiteral("staff"), *staff), *staff);
        } else {
            m_database->setActor(m_database->login());
        }
    }
    return m_database.get();
}

Result<Database*> CliContext::openDatabase(Access access, qsizetype wordCount, const QString& usage)
{
    if (Error error = expectWords(wordCount, usage)) {
        return error;
    }
    return openDatabase(access);
}

Error CliContext::expectWords(qsizetype wordCount, const QString& usage) const
{
    return m_words.size() == wordCount ? Error() : Error::usage(usage);
}

Result<qint64> CliContext::resolveOption(
    const QString& entityName, const QString& option, const QString& ref) const
{
    auto id = EntityStore(*m_database).resolve(entityName, ref);
    if (!id) {
        return Error::badInput(tr("Option --%1: %2").arg(option, id.error().message));
    }
    return *id;
}

Error CliContext::resolveOption(
    const QString& entityName, const QString& option, const QString& ref, qint64& id) const
{
    auto resolved = resolveOption(entityName, option, ref);
    if (!resolved) {
        return resolved.error();
    }
    id = *resolved;
    return {};
}

QJsonObject CliContext::jsonObject(const Record& record)
{
    QJsonObject object;
    for (const auto& [name, value] : record) {
        object.insert(name, jsonValue(value));
    }
    return object;
}

} // namespace tandem
