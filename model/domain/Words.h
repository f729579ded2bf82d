#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <span>

namespace tandem {

// The typed words of the domain. Each is spelled once in Words.cpp: its stored text (the schema's CHECK
// constraints, the command line's JSON and every file format depend on it, so it never changes) and its
// English label, translated in the "tandem::Choice" context. labels::choice() answers from the same
// spellings, so a form, a list and the command line name a word alike.

enum class RequestStatus
{
    Open,
    InProgress,
    Waiting,
    Done,
    Rejected,
    Cancelled,
};

enum class Priority
{
    Low,
    Normal,
    High,
    Urgent,
};

enum class Segment
{
    Loyal,
    Floating,
    Potential,
};

enum class InteractionKind
{
    Visit,
    Call,
    Message,
    Email,
    Meeting,
    Gift,
    Other,
};

enum class LinkKind
{
    Rank, // A is the superior of B
    Function, // peers
    Process, // A is upstream of B
};

// One word: as stored, and its English label.
template<typename Word> struct WordSpelling
{
    Word word;
    const char* stored;
    const char* label;
};

namespace words {

// The words of a kind in their lifecycle or display order, each spelled once.
template<typename Word> std::span<const WordSpelling<Word>> spellings();
template<> std::span<const WordSpelling<RequestStatus>> spellings<RequestStatus>();
template<> std::span<const WordSpelling<Priority>> spellings<Priority>();
template<> std::span<const WordSpelling<Segment>> spellings<Segment>();
template<> std::span<const WordSpelling<InteractionKind>> spellings<InteractionKind>();
template<> std::span<const WordSpelling<LinkKind>> spellings<LinkKind>();

template<typename Word> QList<Word> all()
{
    QList<Word> list;
    for (const WordSpelling<Word>& spelling : spellings<Word>()) {
        list << spelling.word;
    }
    return list;
}

template<typename Word> QString stored(Word word)
{
    for (const WordSpelling<Word>& spelling : spellings<Word>()) {
        if (spelling.word == word) {
            return QString::fromLatin1(spelling.stored);
        }
    }
    return {};
}

// The word a stored text names; empty for any other text.
template<typename Word> std::optional<Word> fromStored(const QString& text)
{
    for (const WordSpelling<Word>& spelling : spellings<Word>()) {
        if (text == QLatin1String(spelling.stored)) {
            return spelling.word;
        }
    }
    return std::nullopt;
}

template<typename Word> QString label(Word word)
{
    for (const WordSpelling<Word>& spelling : spellings<Word>()) {
        if (spelling.word == word) {
            return QCoreApplication::translate("tandem::Choice", spelling.label);
        }
    }
    return {};
}

template<typename Word> QStringList storedTexts(const QList<Word>& list = all<Word>())
{
    QStringList texts;
    for (Word word : list) {
        texts << stored(word);
    }
    return texts;
}

// The translated label of a stored value of a column that holds typed words ("status", "priority",
// "segment", "kind"); empty when the column or the value is not one of them.
std::optional<QString> labelOfStored(const QString& column, const QString& text);

} // namespace words

// The open and closed requests, decided here once for C++ and, below, for SQL.
bool isOpen(RequestStatus status);
bool isClosed(RequestStatus status);
QList<RequestStatus> openRequestStatuses();
QList<RequestStatus> closedRequestStatuses();

// "r.status IN ('open', 'in_progress', 'waiting')" for the alias "r" ("status IN (...)" without one):
// written from the sets above, Tandem's own text and never a person's, so it may stand in a statement.
QString requestIsOpenSql(const QString& alias = {});
QString requestIsClosedSql(const QString& alias = {});

} // namespace tandem
