#include "Database.h"
#include "Entities.h"
#include "EntityStore.h"
#include "RequestWorkflow.h"
#include "Sql.h"
#include "TestSupport.h"
#include "Words.h"

#include <QSet>
#include <QTest>

using namespace tandem;

// The typed words: each spelled once as stored and once in English, the forms and the schema agreeing with
// them, and the open and closed requests the same in C++ and in SQL.
class TestWords : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Every word of a kind: from its stored text back to itself, spelled apart from the others, with an
    // English label that labels::choice() gives for the column too.
    template<typename Word> void checkWords(const QString& column, int count)
    {
        const QList<Word> all = words::all<Word>();
        QCOMPARE(all.size(), count);
        QSet<QString> stored, labels;
        for (Word word : all) {
            const QString text = words::stored(word);
            QVERIFY(!text.isEmpty());
            QCOMPARE(words::fromStored<Word>(text), std::optional<Word>(word));
            const QString label = words::label(word);
            QVERIFY2(!label.isEmpty() && label != text, qPrintable(text));
            QCOMPARE(labels::choice(column, text), label);
            stored.insert(text);
            labels.insert(label);
        }
        QCOMPARE(stored.size(), count);
        QCOMPARE(labels.size(), count);
        QVERIFY(!words::fromStored<Word>(QStringLiteral("no such word")));
        QVERIFY(!words::fromStored<Word>(QString()));
    }

private slots:
    void wordsRoundTripThroughTheirStoredText()
    {
        checkWords<RequestStatus>(QStringLiteral("status"), 6);
        checkWords<Priority>(QStringLiteral("priority"), 4);
        checkWords<Segment>(QStringLiteral("segment"), 3);
        checkWords<InteractionKind>(QStringLiteral("kind"), 7);
        checkWords<LinkKind>(QStringLiteral("kind"), 3);
    }

    // The stored texts are the data model's: what the command line's JSON and the files hold.
    void storedTextsAreTheDataModels()
    {
        QCOMPARE(words::storedTexts<RequestStatus>(),
            (QStringList { QStringLiteral("open"), QStringLiteral("in_progress"), QStringLiteral("waiting"),
                QStringLiteral("done"), QStringLiteral("rejected"), QStringLiteral("cancelled") }));
        QCOMPARE(words::storedTexts<Priority>(),
            (QStringList { QStringLiteral("low"), QStringLiteral("normal"), QStringLiteral("high"),
                QStringLiteral("urgent") }));
        QCOMPARE(words::storedTexts<Segment>(),
            (QStringList {
                QStringLiteral("loyal"), QStringLiteral("floating"), QStringLiteral("potential") }));
        QCOMPARE(words::storedTexts<InteractionKind>(),
            (QStringList { QStringLiteral("visit"), QStringLiteral("call"), QStringLiteral("message"),
                QStringLiteral("email"), QStringLiteral("meeting"), QStringLiteral("gift"),
                QStringLiteral("other") }));
        QCOMPARE(words::storedTexts<LinkKind>(),
            (QStringList { QStringLiteral("rank"), QStringLiteral("function"), QStringLiteral("process") }));
        // The forms offer exactly these words.
        QCOMPARE(entities::request().field(QStringLiteral("status"))->choices,
            words::storedTexts<RequestStatus>());
        QCOMPARE(
            entities::request().field(QStringLiteral("priority"))->choices, words::storedTexts<Priority>());
        QCOMPARE(
            entities::account().field(QStringLiteral("segment"))->choices, words::storedTexts<Segment>());
        QCOMPARE(entities::interaction().field(QStringLiteral("kind"))->choices,
            words::storedTexts<InteractionKind>());
        QCOMPARE(entities::link().field(QStringLiteral("kind"))->choices, words::storedTexts<LinkKind>());
    }

    void englishLabels()
    {
        QCOMPARE(words::label(RequestStatus::InProgress), QStringLiteral("In progress"));
        QCOMPARE(words::label(Priority::Urgent), QStringLiteral("Urgent"));
        QCOMPARE(words::label(Segment::Floating), QStringLiteral("Floating"));
        QCOMPARE(words::label(InteractionKind::Email), QStringLiteral("E-mail"));
        QCOMPARE(words::label(LinkKind::Process), QStringLiteral("Process"));
        // Other columns keep their own words, and text that is no word stays as it is.
        QCOMPARE(
            labels::choice(QStringLiteral("status"), QStringLiteral("departed")), QStringLiteral("Departed"));
        QCOMPARE(labels::choice(QStringLiteral("kind"), QStringLiteral("person")), QStringLiteral("Person"));
        QCOMPARE(labels::choice(QStringLiteral("status"), QStringLiteral("lost")), QStringLiteral("lost"));
    }

    void everyStatusIsOpenOrClosed()
    {
        for (RequestStatus status : words::all<RequestStatus>()) {
            QVERIFY(isOpen(status) != isClosed(status));
            QCOMPARE(RequestWorkflow::isOpen(words::stored(status)), isOpen(status));
            QCOMPARE(RequestWorkflow::isClosed(words::stored(status)), isClosed(status));
        }
        QCOMPARE(openRequestStatuses() + closedRequestStatuses(), words::all<RequestStatus>());
        QVERIFY(!RequestWorkflow::isOpen(QStringLiteral("lost")));
        QVERIFY(!RequestWorkflow::isClosed(QStringLiteral("lost")));
    }

    // For every status, a stored request in it is selected by the SQL fragment exactly when the C++ set
    // says it is open (or closed); the schema accepts every stored text.
    void theSqlFragmentsAgreeWithTheSets()
    {
        auto db = test::openIn(m_dir);
        QVERIFY(db);
        EntityStore store(*db);
        auto department
            = store.add(entities::department(), { { QStringLiteral("name"), QStringLiteral("Ops") } });
        QVERIFY2(department, qPrintable(department.error().message));
        auto colleague = store.add(entities::staff(), { { QStringLiteral("name"), QStringLiteral("Ann") } });
        QVERIFY2(colleague, qPrintable(colleague.error().message));
        QMap<qint64, RequestStatus> statusOf;
        for (RequestStatus status : words::all<RequestStatus>()) {
            auto id = store.add(entities::request(),
                { { QStringLiteral("requester"), QString::number(*department) },
                    { QStringLiteral("provider"), QString::number(*colleague) },
                    { QStringLiteral("title"), words::stored(status) } });
            QVERIFY2(id, qPrintable(id.error().message));
            // Straight into the column: the schema's CHECK constraint must accept every stored text.
            QVERIFY(sql::run(db->connection(),
                QStringLiteral("UPDATE service_requests SET status = ? WHERE id = ?"),
                { words::stored(status), *id }));
            statusOf.insert(*id, status);
        }
        for (const QString& alias : { QString(), QStringLiteral("r") }) {
            auto rows = sql::run(db->connection(),
                QStringLiteral("SELECT r.id, r.status, %1, %2 FROM service_requests r")
                    .arg(requestIsOpenSql(alias), requestIsClosedSql(alias)));
            QVERIFY(rows);
            int seen = 0;
            while (rows->next()) {
                const RequestStatus status = statusOf.value(rows->value(0).toLongLong());
                QCOMPARE(rows->value(1).toString(), words::stored(status));
                QCOMPARE(rows->value(2).toBool(), isOpen(status));
                QCOMPARE(rows->value(3).toBool(), isClosed(status));
                ++seen;
            }
            QCOMPARE(seen, statusOf.size());
        }
        QCOMPARE(requestIsOpenSql(QStringLiteral("s")),
            QStringLiteral("s.status IN ('open', 'in_progress', 'waiting')"));
        QCOMPARE(requestIsClosedSql(), QStringLiteral("status IN ('done', 'rejected', 'cancelled')"));
    }
};

QTEST_GUILESS_MAIN(TestWords)
#include "tst_words.moc"
