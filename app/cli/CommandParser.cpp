#include "CommandParser.h"

namespace tandem {

CommandParser::CommandParser(Refusal refusal)
    : m_refusal(std::move(refusal))
{ }

CommandParser& CommandParser::flag(const QString& name)
{
    m_parser.addOption(QCommandLineOption(name));
    m_flags << name;
    return *this;
}

CommandParser& CommandParser::option(const QString& name)
{
    m_parser.addOption(QCommandLineOption(name, QString(), QStringLiteral("value")));
    m_options << name;
    return *this;
}

CommandParser& CommandParser::acceptFields()
{
    m_acceptFields = true;
    return *this;
}

Error CommandParser::parse(const QStringList& words)
{
    QStringList forParser { QStringLiteral("tandem-cli") };
    if (Error error = sort(words, forParser)) {
        return error;
    }
    if (!m_parser.parse(forParser)) {
        const QStringList unknown = m_parser.unknownOptionNames();
        return Error::usage(
            unknown.isEmpty() || !m_refusal ? m_parser.errorText() : m_refusal(unknown.first()));
    }
    return {};
}

Error CommandParser::parse(const QStringList& words, qsizetype positionals, const QString& usage)
{
    if (Error error = parse(words)) {
        return error;
    }
    return m_positional.size() == positionals ? Error() : Error::usage(usage);
}

Error CommandParser::sort(const QStringList& words, QStringList& forParser)
{
    for (int i = 0; i < words.size(); ++i) {
        const QString& word = words.at(i);
        if (!word.startsWith(QLatin1String("--"))) {
            m_positional << word;
            continue;
        }
        QString name = word.mid(2);
        QString value;
        const qsizetype equals = name.indexOf(QLatin1Char('='));
        if (equals >= 0) {
            value = name.mid(equals + 1);
            name = name.left(equals);
        }
        if (name.isEmpty()) {
            return Error::usage(tr("An option has no name."));
        }
        const bool known = isDeclared(name);
        if (m_flags.contains(name) && equals >= 0) {
            return Error::usage(tr("Option --%1 takes no value.").arg(name));
        }
        if (!known && !m_acceptFields) {
            forParser << word; // refused by the parser, in the command's sentence
            continue;
        }
        if (!m_flags.contains(name) && equals < 0) {
            if (i + 1 >= words.size()) {
                return Error::usage(tr("Option --%1 needs a value.").arg(name));
            }
            value = words.at(++i);
        }
        if (!known) {
            m_fields.insert(name, value);
        } else if (m_flags.contains(name)) {
            forParser << word;
        } else {
            forParser << QStringLiteral("--%1=%2").arg(name, value);
        }
    }
    forParser << QStringLiteral("--") << m_positional;
    return {};
}

} // namespace tandem
