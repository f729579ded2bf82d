#include "DemoAccounts.h"

#include "Clock.h"

#include <algorithm>
#include <iterator>

namespace tandem::demo {

namespace {

bool isPerson(const CategoryProfile& profile)
{
    return profile.category == QLatin1String("consumer");
}

} // namespace

QString DemoAccounts::domainOf(const AccountRow& row) const
{
    const bool chinese = m_writer.chinese();
    const QString slug = chinese ? row.chineseSlug : row.englishSlug;
    return slug
        + (chinese ? QStringLiteral(".com.cn")
                   : QLatin1Char('.') + m_writer.data().cities.at(row.city).webSuffix);
}

Error DemoAccounts::add(int row)
{
    const DemoData& data = m_writer.data();
    const AccountRow& source = data.accounts.at(row);
    const City& city = data.cities.at(source.city);
    const bool person = isPerson(m_writer.profileOf(source));
    const bool chinese = m_writer.chinese();
    WrittenAccount account;
    account.row = row;
    account.owner = source.owner;
    account.name = m_writer.text(source.name);
    account.competitor = m_writer.text(m_writer.pick(data.competitors));
    account.phone = person ? m_writer.mobile(city) : m_writer.landline(city);

    QString email;
    QString website;
    if (person) {
        static const QStringList chineseMail { QStringLiteral("163.com"), QStringLiteral("126.com"),
            QStringLiteral("sina.com") };
        static const QStringList englishMail { QStringLiteral("gmail.com"), QStringLiteral("outlook.com") };
        email = (chinese ? source.chineseSlug : source.englishSlug) + QLatin1Char('@')
            + (chinese ? m_writer.pick(chineseMail) : m_writer.pick(englishMail));
    } else {
        const QString domain = domainOf(source);
        email = (chinese ? QStringLiteral("sales@") : QStringLiteral("info@")) + domain;
        website = QStringLiteral("www.") + domain;
    }
    QString competitorsText;
    if (source.segment != Loyal) {
        competitorsText = account.competitor;
        if (source.segment == Floating && m_writer.chance(40)) {
            const QString second = m_writer.text(m_writer.pick(data.competitors));
            if (second != account.competitor) {
                competitorsText += chinese ? QStringLiteral("、") : QStringLiteral(", ");
                competitorsText += second;
            }
        }
    }
    const int product = m_writer.pick(m_writer.profileOf(source).products);
    const Tokens tokens { { QStringLiteral("{product}"), m_writer.productName(product) },
        { QStringLiteral("{competitor}"), account.competitor } };

    const Values values {
        { QStringLiteral("name"), account.name },
        { QStringLiteral("kind"), person ? QStringLiteral("person") : QStringLiteral("organization") },
        { QStringLiteral("category"), m_writer.profileOf(source).category },
        { QStringLiteral("segment"), segmentName(source.segment) },
        { QStringLiteral("owner_id"), QString::number(m_writer.staffId(account.owner)) },
        { QStringLiteral("phone"), account.phone },
        { QStringLiteral("email"), email },
        { QStringLiteral("website"), website },
        { QStringLiteral("address"),
            m_writer.text(
                city.street, { { QStringLiteral("{number}"), QString::number(m_writer.between(2, 980)) } }) },
        { QStringLiteral("city"), m_writer.text(city.name) },
        { QStringLiteral("region"), m_writer.text(city.region) },
        { QStringLiteral("source"), m_writer.text(m_writer.pick(data.sources)) },
        { QStringLiteral("competitors"), competitorsText },
        { QStringLiteral("notes"), m_writer.text(m_writer.pick(data.accountNotes[source.segment]), tokens) },
    };
    if (Error error = m_writer.add(entities::account(), values, &account.id)) {
        return error;
    }
    if (Error error = addContacts(account)) {
        return error;
    }
    if (Error error = addPurchases(account)) {
        return error;
    }
    if (Error error = addInteractions(account)) {
        return error;
    }
    m_writer.written().accounts << account;
    return {};
}

Error DemoAccounts::addContacts(WrittenAccount& account)
{
    const AccountRow& source = m_writer.data().accounts.at(account.row);
    const bool person = isPerson(m_writer.profileOf(source));
    const int count = person ? 1 : source.segment == Loyal ? m_writer.between(2, 3) : m_writer.between(1, 2);
    for (int index = 0; index < count; ++index) {
        // A household customer is their own contact.
        Values values = person
            ? Values { { QStringLiteral("name"), account.name }, { QStringLiteral("mobile"), account.phone } }
            : contactValues(account, index);
        values.insert(QStringLiteral("account_id"), QString::number(account.id));
        qint64 id = 0;
        if (Error error = m_writer.add(entities::contact(), values, &id)) {
            return error;
        }
        account.contactIds << id;
        account.contactNames << values.value(QStringLiteral("name"));
    }
    return {};
}

Values DemoAccounts::contactValues(const WrittenAccount& account, int index)
{
    const DemoData& data = m_writer.data();
    const AccountRow& source = data.accounts.at(account.row);
    const bool chinese = m_writer.chinese();
    QString name;
    QString mailbox;
    if (chinese) {
        const ChineseName& surname = m_writer.pick(data.chineseSurnames);
        const ChineseName& given = m_writer.pick(data.chineseGivenNames);
        name = surname.hanzi + given.hanzi;
        mailbox = surname.pinyin + given.pinyin;
    } else {
        const QString first = m_writer.pick(data.englishFirstNames);
        const QString last = m_writer.pick(data.englishLastNames);
        name = first + QLatin1Char(' ') + last;
        mailbox = (first + QLatin1Char('.') + last).toLower().remove(QLatin1Char('\''));
    }
    const Text& title = index == 0 ? m_writer.pick(m_writer.profileOf(source).decisionMakers)
                                   : m_writer.pick(data.contactTitles);
    const QString extension = QString::number(m_writer.between(201, 289));
    Values values {
        { QStringLiteral("name"), name },
        { QStringLiteral("title"), m_writer.text(title) },
        { QStringLiteral("phone"),
            account.phone + (chinese ? QStringLiteral("转") : QStringLiteral(" ext. ")) + extension },
        { QStringLiteral("mobile"), m_writer.mobile(data.cities.at(source.city)) },
        { QStringLiteral("email"), mailbox + QLatin1Char('@') + domainOf(source) },
    };
    if (m_writer.chance(25)) {
        values.insert(QStringLiteral("notes"), m_writer.text(m_writer.pick(data.contactNotes)));
    }
    return values;
}

Error DemoAccounts::addPurchase(WrittenAccount& account, int daysAgo, bool fromCompetitor)
{
    const AccountRow& source = m_writer.data().accounts.at(account.row);
    const CategoryProfile& profile = m_writer.profileOf(source);
    const int productIndex = m_writer.pick(profile.products);
    const Product& product = m_writer.data().products.at(productIndex);
    int units = m_writer.between(profile.minUnits, profile.maxUnits);
    if (product.maxUnits > 0) {
        units = std::min(units, product.maxUnits);
    }
    // Whole currency units, in minor units; distributors get their discount, a competitor's price is a guess.
    const bool chinese = m_writer.chinese();
    const qint64 price = chinese ? product.priceCny : product.priceUsd;
    const int discount = fromCompetitor ? 0 : profile.discountPercent;
    const qint64 amount = units * price * (100 - discount) / 100 * 100;
    const QString currency
        = chinese ? QStringLiteral("CNY") : m_writer.data().cities.at(source.city).currency;

    const QString productName = m_writer.productName(productIndex);
    QString description;
    if (chinese) {
        description = fromCompetitor
            ? QStringLiteral("从%1采购同类%2 %3%4（估算）")
                  .arg(account.competitor, productName)
                  .arg(units)
                  .arg(product.chineseMeasure)
            : QStringLiteral("%1 %2%3").arg(productName).arg(units).arg(product.chineseMeasure);
    } else {
        description = fromCompetitor ? QStringLiteral("%1 units like our %2, bought from %3 (estimated)")
                                           .arg(units)
                                           .arg(productName, account.competitor)
                                     : QStringLiteral("%1 × %2").arg(units).arg(productName);
    }
    const QDate date = m_writer.today().addDays(-daysAgo);
    if (!fromCompetitor && (!account.firstOwnPurchase.isValid() || date < account.firstOwnPurchase)) {
        account.firstOwnPurchase = date;
    }
    return m_writer.add(entities::purchase(),
        {
            { QStringLiteral("account_id"), QString::number(account.id) },
            { QStringLiteral("purchased_on"), date.toString(Qt::ISODate) },
            { QStringLiteral("amount"), QString::number(amount) },
            { QStringLiteral("currency"), currency },
            { QStringLiteral("description"), description },
            { QStringLiteral("from_competitor"), fromCompetitor ? QStringLiteral("1") : QStringLiteral("0") },
        });
}

// Purchases follow the segment rules, so the segment Tandem suggests matches the one stored: loyal accounts
// buy in each of the last three years with no competitor purchase in the last one; floating ones buy from
// us and from a competitor; potential ones have not bought from us at all.
Error DemoAccounts::addPurchases(WrittenAccount& account)
{
    const int row = account.row;
    const AccountRow& source = m_writer.data().accounts.at(row);
    const Segment pattern = source.story == Story::Slipping ? Loyal : source.segment;
    constexpr int year = 365;
    if (pattern == Loyal) {
        for (int age = 0; age < 3; ++age) {
            const int count = m_writer.between(1, 3);
            for (int i = 0; i < count; ++i) {
                if (Error error = addPurchase(account, age * year + m_writer.between(5, 355), false)) {
                    return error;
                }
            }
        }
        if (m_writer.chance(30)) {
            return addPurchase(account, m_writer.between(760, 1050), true);
        }
    } else if (pattern == Floating) {
        const int skippedYear = m_writer.between(0, 2);
        for (int age = 0; age < 3; ++age) {
            const int count = age == skippedYear ? 0 : m_writer.between(1, 2);
            for (int i = 0; i < count; ++i) {
                if (Error error = addPurchase(account, age * year + m_writer.between(5, 355), false)) {
                    return error;
                }
            }
        }
        if (Error error = addPurchase(account, m_writer.between(10, 300), true)) {
            return error;
        }
        if (m_writer.chance(40)) {
            return addPurchase(account, m_writer.between(400, 1000), true);
        }
    } else if (row % 2 == 0) {
        // What a prospect buys elsewhere is what we could win.
        return addPurchase(account, m_writer.between(30, 600), true);
    }
    return {};
}

Error DemoAccounts::addInteraction(const WrittenAccount& account, int staff, const QDateTime& at,
    const QString& kind, const QString& summary, const QString& nextStep, const QDate& due, bool done)
{
    const int contact = m_writer.below(account.contactIds.size());
    Values values {
        { QStringLiteral("account_id"), QString::number(account.id) },
        { QStringLiteral("contact_id"), QString::number(account.contactIds.at(contact)) },
        { QStringLiteral("staff_id"), QString::number(m_writer.staffId(staff)) },
        { QStringLiteral("kind"), kind },
        { QStringLiteral("occurred_at"), Clock::toIso(at) },
        { QStringLiteral("summary"), summary },
    };
    if (!nextStep.isEmpty()) {
        values.insert(QStringLiteral("next_step"), nextStep);
        values.insert(QStringLiteral("next_step_due"), due.toString(Qt::ISODate));
        values.insert(QStringLiteral("next_step_done"), done ? QStringLiteral("1") : QStringLiteral("0"));
    }
    return m_writer.add(entities::interaction(), values);
}

QString DemoAccounts::summaryFor(const WrittenAccount& account, int kind)
{
    const QList<Text>& candidates = m_writer.data().interactionKinds.at(kind).summaries;
    const Tokens tokens {
        { QStringLiteral("{contact}"), account.contactNames.first() },
        { QStringLiteral("{product}"),
            m_writer.productName(
                m_writer.pick(m_writer.profileOf(m_writer.data().accounts.at(account.row)).products)) },
        { QStringLiteral("{competitor}"), account.competitor },
    };
    return m_writer.text(m_writer.pick(candidates), tokens);
}

Error DemoAccounts::addInteractions(WrittenAccount& account)
{
    const DemoData& data = m_writer.data();
    const AccountRow& source = data.accounts.at(account.row);
    const bool handedOver = account.owner == data.handover.departing;
    const int oldest = source.segment == Potential ? 330 : 1090;
    const int count = source.segment == Loyal ? m_writer.between(8, 13)
        : source.segment == Floating          ? m_writer.between(5, 8)
                                              : m_writer.between(2, 4);

    // The latest contact of an account carries its current next step; the departing rep's accounts instead
    // end with what the successor did after the handover.
    static const FollowUp followUpCycle[] = { FollowUp::Overdue, FollowUp::DueToday, FollowUp::Upcoming,
        FollowUp::Upcoming, FollowUp::Upcoming, FollowUp::Done, FollowUp::Nothing };
    const FollowUp followUp
        = handedOver ? FollowUp::Nothing : followUpCycle[m_followUps++ % std::size(followUpCycle)];
    int latest = 0;
    switch (followUp) {
    case FollowUp::Overdue:
        latest = m_writer.between(8, 25);
        break;
    case FollowUp::DueToday:
        latest = m_writer.between(2, 10);
        break;
    case FollowUp::Upcoming:
        latest = m_writer.between(1, 15);
        break;
    case FollowUp::Done:
        latest = m_writer.between(10, 40);
        break;
    case FollowUp::Nothing:
        latest = handedOver ? data.handover.daysAgo + 3 : m_writer.between(5, 60);
        break;
    }
    QList<int> earlier;
    for (int i = 0; i < (handedOver ? count : count - 1); ++i) {
        earlier << m_writer.between(latest + 2, oldest);
    }
    std::sort(earlier.begin(), earlier.end(), std::greater<int>());

    for (int daysAgo : earlier) {
        const int kind = m_writer.weighted(data.interactionWeights[source.segment]);
        const QDateTime at = m_writer.workingTime(daysAgo);
        QString step;
        QDate due;
        if (m_writer.chance(35)) {
            step = m_writer.text(m_writer.pick(data.nextSteps));
            due = at.date().addDays(m_writer.between(3, 21));
        }
        if (Error error = addInteraction(account, handedOver ? data.handover.departing : account.owner, at,
                data.interactionKinds.at(kind).kind, summaryFor(account, kind), step, due, true)) {
            return error;
        }
    }
    if (!handedOver) {
        return addLatestInteraction(account, followUp, latest);
    }
    // What the successor did after the handover, account by account, except for the two story accounts.
    static const AfterHandover afterHandoverCycle[] = { AfterHandover::Visited, AfterHandover::VisitOverdue,
        AfterHandover::VisitUpcoming, AfterHandover::VisitToday };
    AfterHandover what = AfterHandover::Visited;
    if (source.story == Story::Untouched) {
        what = AfterHandover::NotContacted;
    } else if (source.story != Story::Slipping) {
        what = afterHandoverCycle[m_handedOver++ % std::size(afterHandoverCycle)];
    }
    return addAfterHandover(account, what);
}

Error DemoAccounts::addLatestInteraction(const WrittenAccount& account, FollowUp followUp, int latest)
{
    const DemoData& data = m_writer.data();
    const Segment segment = data.accounts.at(account.row).segment;
    const int kind = m_writer.weighted(data.interactionWeights[segment]);
    const QDateTime at = m_writer.workingTime(latest);
    const QDate today = m_writer.today();
    QDate due;
    switch (followUp) {
    case FollowUp::Overdue:
        due = today.addDays(-m_writer.between(1, 6));
        break;
    case FollowUp::DueToday:
        due = today;
        break;
    case FollowUp::Upcoming:
        due = today.addDays(m_writer.between(3, 30));
        break;
    case FollowUp::Done:
        due = at.date().addDays(7);
        break;
    case FollowUp::Nothing:
        break;
    }
    const QString step = due.isValid() ? m_writer.text(m_writer.pick(data.nextSteps)) : QString();
    return addInteraction(account, account.owner, at, data.interactionKinds.at(kind).kind,
        summaryFor(account, kind), step, due, followUp == FollowUp::Done);
}

Error DemoAccounts::addAfterHandover(WrittenAccount& account, AfterHandover what)
{
    if (what == AfterHandover::NotContacted) {
        return {};
    }
    const HandoverStory& story = m_writer.data().handover;
    const Tokens tokens {
        { QStringLiteral("{contact}"), account.contactNames.first() },
        { QStringLiteral("{departed}"), m_writer.staffName(story.departing) },
        { QStringLiteral("{competitor}"), account.competitor },
    };
    const QDate leftOn = m_writer.leftOn();
    QDate due = leftOn.addDays(21);
    if (what == AfterHandover::VisitOverdue) {
        due = leftOn.addDays(24);
    } else if (what == AfterHandover::VisitUpcoming) {
        due = m_writer.today().addDays(6);
    } else if (what == AfterHandover::VisitToday) {
        due = m_writer.today();
    }
    const bool visited = what == AfterHandover::Visited;
    if (Error error = addInteraction(account, story.successor,
            m_writer.workingTime(story.daysAgo - m_writer.between(2, 4)), QStringLiteral("call"),
            m_writer.text(story.introductionCall, tokens), m_writer.text(story.firstVisitStep), due,
            visited)) {
        return error;
    }
    if (!visited) {
        return {};
    }
    if (Error error = addInteraction(account, story.successor,
            m_writer.workingTime(story.daysAgo - m_writer.between(10, 14)), QStringLiteral("visit"),
            m_writer.text(story.firstVisit, tokens))) {
        return error;
    }
    if (m_writer.data().accounts.at(account.row).story != Story::Slipping) {
        return {};
    }
    // The account that slipped: a competitor order during the handover, then a call about it.
    if (Error error = addPurchase(account, story.daysAgo - 15, true)) {
        return error;
    }
    return addInteraction(account, story.successor, m_writer.workingTime(story.daysAgo - 17),
        QStringLiteral("call"), m_writer.text(story.competitorCall, tokens),
        m_writer.text(story.counterOffer), m_writer.today().addDays(4), false);
}

Error DemoAccounts::addSegmentHistory()
{
    const QDate leftOn = m_writer.leftOn();
    for (const WrittenAccount& account : std::as_const(m_writer.written().accounts)) {
        const AccountRow& source = m_writer.data().accounts.at(account.row);
        const bool loyalSample = source.segment == Loyal && account.row % 10 == 5;
        const bool floatingSample = source.segment == Floating && account.row % 10 == 4;
        const bool slipped = source.story == Story::Slipping;
        if (!loyalSample && !floatingSample && !slipped) {
            continue;
        }
        const QDate firstOrder = account.firstOwnPurchase;
        if (Error error = addSegmentChange(account, Potential, Floating, firstOrder)) {
            return error;
        }
        if (floatingSample) {
            continue;
        }
        if (Error error = addSegmentChange(account, Floating, Loyal,
                std::min(firstOrder.addDays(420), m_writer.today().addDays(-300)))) {
            return error;
        }
        if (slipped) {
            if (Error error = addSegmentChange(account, Loyal, Floating, leftOn.addDays(16))) {
                return error;
            }
        }
    }
    return m_writer.reportProgress(62);
}

Error DemoAccounts::addSegmentChange(const WrittenAccount& account, Segment from, Segment to, const QDate& on)
{
    QString reason;
    for (const SegmentChangeReason& row : m_writer.data().segmentReasons) {
        if (row.from == from && row.to == to) {
            reason = m_writer.text(row.reason, { { QStringLiteral("{competitor}"), account.competitor } });
        }
    }
    // Whoever owned the account at the time made the change.
    const HandoverStory& story = m_writer.data().handover;
    const int by
        = account.owner == story.departing && on >= m_writer.leftOn() ? story.successor : account.owner;
    return m_writer.execute(
        QStringLiteral(
            "INSERT INTO segment_changes (account_id, from_segment, to_segment, changed_at, reason, "
            "changed_by) VALUES (?, ?, ?, ?, ?, ?)"),
        { account.id, segmentName(from), segmentName(to), Clock::toIso(QDateTime(on, QTime(10, 0), Qt::UTC)),
            reason, m_writer.staffId(by) });
}

} // namespace tandem::demo
