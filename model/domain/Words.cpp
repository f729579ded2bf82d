#include "Words.h"

namespace tandem {

namespace {

const WordSpelling<RequestStatus> requestStatuses[] = {
    { RequestStatus::Open, "open", QT_TRANSLATE_NOOP("tandem::Choice", "Open") },
    { RequestStatus::InProgress, "in_progress", QT_TRANSLATE_NOOP("tandem::Choice", "In progress") },
    { RequestStatus::Waiting, "waiting", QT_TRANSLATE_NOOP("tandem::Choice", "Waiting") },
    { RequestStatus::Done, "done", QT_TRANSLATE_NOOP("tandem::Choice", "Done") },
    { RequestStatus::Rejected, "rejected", QT_TRANSLATE_NOOP("tandem::Choice", "Rejected") },
    { RequestStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("tandem::Choice", "Cancelled") },
};

const WordSpelling<Priority> priorities[] = {
    { Priority::Low, "low", QT_TRANSLATE_NOOP("tandem::Choice", "Low") },
    { Priority::Normal, "normal", QT_TRANSLATE_NOOP("tandem::Choice", "Normal") },
    { Priority::High, "high", QT_TRANSLATE_NOOP("tandem::Choice", "High") },
    { Priority::Urgent, "urgent", QT_TRANSLATE_NOOP("tandem::Choice", "Urgent") },
};

const WordSpelling<Segment> segments[] = {
    { Segment::Loyal, "loyal", QT_TRANSLATE_NOOP("tandem::Choice", "Loyal") },
    { Segment::Floating, "floating", QT_TRANSLATE_NOOP("tandem::Choice", "Floating") },
    { Segment::Potential, "potential", QT_TRANSLATE_NOOP("tandem::Choice", "Potential") },
};

const WordSpelling<InteractionKind> interactionKinds[] = {
    { InteractionKind::Visit, "visit", QT_TRANSLATE_NOOP("tandem::Choice", "Visit") },
    { InteractionKind::Call, "call", QT_TRANSLATE_NOOP("tandem::Choice", "Call") },
    { InteractionKind::Message, "message", QT_TRANSLATE_NOOP("tandem::Choice", "Message") },
    { InteractionKind::Email, "email", QT_TRANSLATE_NOOP("tandem::Choice", "E-mail") },
    { InteractionKind::Meeting, "meeting", QT_TRANSLATE_NOOP("tandem::Choice", "Meeting") },
    { InteractionKind::Gift, "gift", QT_TRANSLATE_NOOP("tandem::Choice", "Gift") },
    { InteractionKind::Other, "other", QT_TRANSLATE_NOOP("tandem::Choice", "Other") },
};

const WordSpelling<LinkKind> linkKinds[] = {
    { LinkKind::Rank, "rank", QT_TRANSLATE_NOOP("tandem::Choice", "Rank") },
    { LinkKind::Function, "function", QT_TRANSLATE_NOOP("tandem::Choice", "Function") },
    { LinkKind::Process, "process", QT_TRANSLATE_NOOP("tandem::Choice", "Process") },
};

template<typename Word> std::optional<QString> labelIfStored(const QString& text)
{
    const std::optional<Word> word = words::fromStored<Word>(text);
    return word ? std::optional(words::label(*word)) : std::nullopt;
}

QString statusInSql(const QString& alias, const QList<RequestStatus>& statuses)
{
    const QStringList texts = words::storedTexts(statuses);
    const QString column = alias.isEmpty() ? QStringLiteral("status") : alias + QStringLiteral(".status");
    return QStringLiteral("%1 IN ('%2')").arg(column, texts.join(QStringLiteral("', '")));
}

} // namespace

namespace words {

template<> std::span<const WordSpelling<RequestStatus>> spellings<RequestStatus>()
{
    return requestStatuses;
}
template<> std::span<const WordSpelling<Priority>> spellings<Priority>()
{
    return priorities;
}
template<> std::span<const WordSpelling<Segment>> spellings<Segment>()
{
    return segments;
}
template<> std::span<const WordSpelling<InteractionKind>> spellings<InteractionKind>()
{
    return interactionKinds;
}
template<> std::span<const WordSpelling<LinkKind>> spellings<LinkKind>()
{
    return linkKinds;
}

std::optional<QString> labelOfStored(const QString& column, const QString& text)
{
    if (column == QLatin1String("status")) {
        return labelIfStored<RequestStatus>(text);
    }
    if (column == QLatin1String("priority")) {
        return labelIfStored<Priority>(text);
    }
    if (column == QLatin1String("segment")) {
        return labelIfStored<Segment>(text);
    }
    if (column == QLatin1String("kind")) {
        // A pair's kind and an interaction's kind share the column name and no word.
        const std::optional<QString> link = labelIfStored<LinkKind>(text);
        return link ? link : labelIfStored<InteractionKind>(text);
    }
    return std::nullopt;
}

} // namespace words

bool isOpen(RequestStatus status)
{
    return openRequestStatuses().contains(status);
}

bool isClosed(RequestStatus status)
{
    return closedRequestStatuses().contains(status);
}

QList<RequestStatus> openRequestStatuses()
{
    return { RequestStatus::Open, RequestStatus::InProgress, RequestStatus::Waiting };
}

QList<RequestStatus> closedRequestStatuses()
{
    return { RequestStatus::Done, RequestStatus::Rejected, RequestStatus::Cancelled };
}

QString requestIsOpenSql(const QString& alias)
{
    return statusInSql(alias, openRequestStatuses());
}

QString requestIsClosedSql(const QString& alias)
{
    return statusInSql(alias, closedRequestStatuses());
}

} // namespace tandem
