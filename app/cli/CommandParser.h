#pragma once

#include "Error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMap>
#include <QStringList>
#include <functional>

namespace tandem {

// The words of one subcommand, parsed by QCommandLineParser: a flag takes no value, an option takes one
// as --name VALUE or --name=VALUE (the value may start with a dash), any other word is positional, even
// one that starts with a single dash (search -x). An option the command does not declare is a usage error
// in the command's own sentence.
class CommandParser
{
    Q_DECLARE_TR_FUNCTIONS(tandem::Cli)

public:
    // The sentence that refuses an undeclared option, given its name without the dashes.
    using Refusal = std::function<QString(const QString& option)>;

    explicit CommandParser(Refusal refusal);

    CommandParser& flag(const QString& name);
    CommandParser& option(const QString& name);
    // add and list take --FIELD VALUE for any column of a record, which no parser can declare
    // beforehand; import and export leave undeclared options for the command to judge. With this, an
    // undeclared --NAME VALUE (or --NAME=VALUE) is not refused but kept in fields(), the last value of a
    // name winning; declared flags and options still parse as declared.
    CommandParser& acceptFields();

    Error parse(const QStringList& words);
    // The same, for a command that takes exactly `positionals` words besides its options: any other count
    // is a usage error in `usage`.
    Error parse(const QStringList& words, qsizetype positionals, const QString& usage);

    // An option the command did not declare is simply not set.
    bool isSet(const QString& name) const { return isDeclared(name) && m_parser.isSet(name); }
    QString value(const QString& name) const { return isSet(name) ? m_parser.value(name) : QString(); }
    QString value(const QString& name, const QString& fallback) const
    {
        return isSet(name) ? value(name) : fallback;
    }
    const QStringList& positional() const { return m_positional; }
    // The undeclared --NAME VALUE pairs, by NAME, when acceptFields() was asked.
    QMap<QString, QString>& fields() { return m_fields; }

private:
    bool isDeclared(const QString& name) const { return m_flags.contains(name) || m_options.contains(name); }
    // Sorts the words into what QCommandLineParser reads and the field pairs; positional words go to it
    // after "--", so that a word such as "-x" stays a word.
    Error sort(const QStringList& words, QStringList& forParser);

    QCommandLineParser m_parser;
    Refusal m_refusal;
    QStringList m_flags;
    QStringList m_options;
    bool m_acceptFields = false;
    QMap<QString, QString> m_fields;
    QStringList m_positional;
};

} // namespace tandem
