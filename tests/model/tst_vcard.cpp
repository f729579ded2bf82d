#include "TestSupport.h"
#include "VCard.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTest>

using namespace tandem;

namespace {

QString goldenPath(const char* name)
{
    return QStringLiteral(TANDEM_VCARD_DIR "/") + QLatin1String(name);
}

QByteArray golden(const char* name)
{
    const QByteArray bytes = test::fileBytes(goldenPath(name));
    if (bytes.isEmpty()) {
        qWarning("missing test file %s", name);
    }
    return bytes;
}

QString describeTypes(const QStringList& types)
{
    return QLatin1Char('[') + types.join(QLatin1Char(',')) + QLatin1Char(']');
}

// Every field but the line, one per line, so that QCOMPARE shows what differs.
QString describe(const VCard& card)
{
    QStringList out;
    out << QStringLiteral("FN=") + card.formattedName << QStringLiteral("family=") + card.familyName
        << QStringLiteral("given=") + card.givenName << QStringLiteral("org=") + card.organization
        << QStringLiteral("title=") + card.title;
    for (const VCard::Phone& phone : card.phones) {
        out << QStringLiteral("tel=") + phone.number + describeTypes(phone.types);
    }
    for (const VCard::EmailAddress& email : card.emails) {
        out << QStringLiteral("email=") + email.address + describeTypes(email.types);
    }
    out << QStringLiteral("address=") + card.address << QStringLiteral("city=") + card.city
        << QStringLiteral("region=") + card.region << QStringLiteral("postal=") + card.postalCode
        << QStringLiteral("country=") + card.country << QStringLiteral("note=") + card.note
        << QStringLiteral("photo=%1 bytes, sha1 %2, %3")
               .arg(card.photo.size())
               .arg(QString::fromLatin1(
                   QCryptographicHash::hash(card.photo, QCryptographicHash::Sha1).toHex().left(12)))
               .arg(card.photoType);
    return out.join(QLatin1Char('\n'));
}

QStringList describe(const QList<VCard>& cards)
{
    QStringList out;
    for (const VCard& card : cards) {
        out << describe(card);
    }
    return out;
}

VCardParse readOk(const QByteArray& data, bool keepPhotos = false)
{
    auto parse = VCardReader::read(data, keepPhotos);
    if (!parse) {
        qWarning("%s", qPrintable(parse.error().message));
        return {};
    }
    return *parse;
}

QString readError(const QByteArray& data)
{
    auto parse = VCardReader::read(data);
    if (parse) {
        return QStringLiteral("(no error)");
    }
    if (parse.error().kind != ErrorKind::BadInput) {
        return QStringLiteral("(not BadInput)");
    }
    return parse.error().message;
}

QByteArray gbk(const QString& text)
{
    QStringEncoder encoder("GBK");
    return encoder.encode(text);
}

QByteArray big5(const QString& text)
{
    QStringEncoder encoder("Big5");
    return encoder.encode(text);
}

// Every physical line of written output: at most 75 octets, whole UTF-8, ending in CRLF.
bool checkWrittenLines(const QByteArray& written)
{
    if (!written.endsWith("\r\n")) {
        qWarning("output does not end in CRLF");
        return false;
    }
    const QList<QByteArray> lines = written.chopped(2).split('\n');
    for (const QByteArray& line : lines) {
        if (!line.endsWith('\r') && &line != &lines.last()) {
            qWarning("line without CR: %s", line.constData());
            return false;
        }
        const QByteArray content = line.endsWith('\r') ? line.chopped(1) : line;
        if (content.contains('\r') || content.size() > 75 || !content.isValidUtf8()) {
            qWarning("bad line (%d octets): %s", int(content.size()), content.constData());
            return false;
        }
    }
    return true;
}

} // namespace

class TestVCard : public QObject
{
    Q_OBJECT

private slots:
    void androidQuotedPrintable()
    {
        const VCardParse parse = readOk(golden("android21.vcf"), true);
        QCOMPARE(parse.cards.size(), 2);
        QCOMPARE(parse.warnings, QStringList());

        const VCard& zhang = parse.cards[0];
        QCOMPARE(zhang.line, 1);
        QCOMPARE(zhang.formattedName, QStringLiteral("张伟"));
        QCOMPARE(zhang.familyName, QStringLiteral("张"));
        QCOMPARE(zhang.givenName, QStringLiteral("伟"));
        // Soft line breaks fall inside UTF-8 sequences; the bytes are joined before decoding.
        QCOMPARE(zhang.organization, QStringLiteral("北京星辰科技有限公司"));
        QCOMPARE(zhang.title, QStringLiteral("销售经理"));
        QCOMPARE(zhang.phones.size(), 3);
        QCOMPARE(zhang.phones[0].number, QStringLiteral("13800138000"));
        QCOMPARE(zhang.phones[0].types, QStringList { QStringLiteral("cell") });
        QCOMPARE(zhang.phones[1].number, QStringLiteral("010-65528888"));
        QCOMPARE(zhang.phones[1].types, (QStringList { QStringLiteral("work"), QStringLiteral("voice") }));
        QCOMPARE(zhang.phones[2].types, (QStringList { QStringLiteral("home"), QStringLiteral("fax") }));
        QCOMPARE(zhang.emails.size(), 1);
        QCOMPARE(zhang.emails[0].address, QStringLiteral("zhang.wei@example.cn"));
        QCOMPARE(zhang.emails[0].types, QStringList { QStringLiteral("home") });
        QCOMPARE(zhang.address, QStringLiteral("朝阳区建国路88号"));
        QCOMPARE(zhang.city, QStringLiteral("北京"));
        QCOMPARE(zhang.region, QStringLiteral("北京市"));
        QCOMPARE(zhang.postalCode, QStringLiteral("100022"));
        QCOMPARE(zhang.country, QStringLiteral("中国"));
        QCOMPARE(zhang.note, QStringLiteral("老客户，每年三月续约。\n联系前请先发邮件；周末不接电话。"));
        QVERIFY(zhang.photo.isEmpty());

        const VCard& smith = parse.cards[1];
        QCOMPARE(smith.line, 23);
        QCOMPARE(smith.formattedName, QStringLiteral("John Smith")); // no FN: made from N
        QCOMPARE(smith.phones.size(), 1);
        QCOMPARE(smith.phones[0].number, QStringLiteral("+1 555 0100"));
        QCOMPARE(smith.phones[0].types, (QStringList { QStringLiteral("cell"), QStringLiteral("pref") }));
        QCOMPARE(smith.emails[0].types, QStringList { QStringLiteral("internet") });
        // 2.1 base64: continuation lines indented by two spaces, then a blank line.
        QCOMPARE(smith.photo, test::fileBytes(goldenPath("dot.png")));
        QCOMPARE(smith.photoType, QStringLiteral("image/png"));
    }

    void photosOnlyWhenAsked()
    {
        const VCardParse parse = readOk(golden("android21.vcf"));
        QCOMPARE(parse.cards.size(), 2);
        QVERIFY(parse.cards[1].photo.isEmpty());
        QVERIFY(parse.cards[1].photoType.isEmpty());
        const VCardParse iphone = readOk(golden("iphone30.vcf"));
        QVERIFY(iphone.cards[0].photo.isEmpty());
        // Without photos, a photo link is nothing to warn about.
        QCOMPARE(iphone.warnings.size(), 1);
    }

    void gbkAndBig5Charsets()
    {
        QByteArray data = "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=GBK:" + gbk(QStringLiteral("王;誠;;;"))
            + "\r\nFN;CHARSET=GB2312:" + gbk(QStringLiteral("王誠"))
            + "\r\nORG;CHARSET=GBK:" + gbk(QStringLiteral("上海诚信贸易有限公司"))
            + "\r\nADR;HOME;CHARSET=GBK:" + gbk(QStringLiteral(";;南京路100号;上海;;200001;中国"))
            + "\r\nNOTE;CHARSET=GBK;ENCODING=QUOTED-PRINTABLE:";
        for (const char byte : gbk(QStringLiteral("你好\r\n再见"))) {
            data += '=' + QByteArray(1, byte).toHex().toUpper();
        }
        data += "\r\nTEL;CELL:13900000000\r\nEND:VCARD\r\n";
        data += "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=BIG5:" + big5(QStringLiteral("許;功;;;"))
            + "\r\nEND:VCARD\r\n";
        // 誠 in GBK, 許 and 功 in Big5 end in the byte of a backslash: text must be decoded before escapes.
        QVERIFY(gbk(QStringLiteral("誠")).endsWith('\\'));
        QVERIFY(big5(QStringLiteral("功")).endsWith('\\'));

        const VCardParse parse = readOk(data);
        QCOMPARE(parse.warnings, QStringList());
        QCOMPARE(parse.cards.size(), 2);
        const VCard& wang = parse.cards[0];
        QCOMPARE(wang.familyName, QStringLiteral("王"));
        QCOMPARE(wang.givenName, QStringLiteral("誠"));
        QCOMPARE(wang.formattedName, QStringLiteral("王誠"));
        QCOMPARE(wang.organization, QStringLiteral("上海诚信贸易有限公司"));
        QCOMPARE(wang.address, QStringLiteral("南京路100号"));
        QCOMPARE(wang.city, QStringLiteral("上海"));
        QCOMPARE(wang.postalCode, QStringLiteral("200001"));
        QCOMPARE(wang.country, QStringLiteral("中国"));
        QCOMPARE(wang.note, QStringLiteral("你好\n再见"));
        QCOMPARE(wang.phones[0].number, QStringLiteral("13900000000"));
        const VCard& xu = parse.cards[1];
        QCOMPARE(xu.familyName, QStringLiteral("許"));
        QCOMPARE(xu.givenName, QStringLiteral("功"));
        QCOMPARE(xu.formattedName, QStringLiteral("許功")); // Chinese names join without a space
    }

    void chineseWithoutCharset()
    {
        // A file that is not UTF-8 and names no character set: read as GB18030, with a warning.
        const QByteArray data = "BEGIN:VCARD\r\nVERSION:2.1\r\nN:" + gbk(QStringLiteral("刘;洋;;;"))
            + "\r\nORG:" + gbk(QStringLiteral("深圳华联")) + "\r\nEND:VCARD\r\n";
        QVERIFY(!data.isValidUtf8());
        const VCardParse parse = readOk(data);
        QCOMPARE(parse.cards.size(), 1);
        QCOMPARE(parse.cards[0].formattedName, QStringLiteral("刘洋"));
        QCOMPARE(parse.cards[0].organization, QStringLiteral("深圳华联"));
        QCOMPARE(parse.warnings,
            QStringList { QStringLiteral("Line 3: The text is not UTF-8 and names no character set; it was "
                                         "read as Chinese (GB18030).") });
    }

    void latin1QuotedPrintable()
    {
        const QByteArray data = "BEGIN:VCARD\nVERSION:2.1\n"
                                "N;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:M=FCller;J=FCrgen\n"
                                "NOTE;QUOTED-PRINTABLE;CHARSET=ISO-8859-1:Gr=FC=DFe=0D=0Aaus K=F6ln\n"
                                "TEL;X-FOO;CHARSET=ISO-8859-1:123\n"
                                "END:VCARD\n";
        const VCardParse parse = readOk(data);
        QCOMPARE(parse.cards.size(), 1);
        QCOMPARE(parse.cards[0].formattedName, QStringLiteral("Jürgen Müller"));
        QCOMPARE(parse.cards[0].note, QStringLiteral("Grüße\naus Köln"));
        QCOMPARE(parse.cards[0].phones[0].types, QStringList { QStringLiteral("x-foo") });
    }

    void unknownCharset()
    {
        const QByteArray data = "BEGIN:VCARD\nFN;CHARSET=X-KLINGON:Worf\nEND:VCARD\n";
        const VCardParse parse = readOk(data);
        QCOMPARE(parse.cards[0].formattedName, QStringLiteral("Worf"));
        QCOMPARE(parse.warnings,
            QStringList { QStringLiteral(
                "Line 2: The character set X-KLINGON is unknown; the text was read without it.") });
    }

    void iphoneExport()
    {
        const VCardParse parse = readOk(golden("iphone30.vcf"), true);
        QCOMPARE(parse.cards.size(), 2);
        QCOMPARE(parse.warnings,
            (QStringList {
                QStringLiteral("Line 18: A further address was left out; a contact keeps one address."),
                QStringLiteral("Line 47: The photo is a link; it was not downloaded.") }));

        const VCard& johnny = parse.cards[0];
        QCOMPARE(johnny.line, 1);
        QCOMPARE(johnny.formattedName, QStringLiteral("Johnny Appleseed"));
        QCOMPARE(johnny.familyName, QStringLiteral("Appleseed"));
        QCOMPARE(johnny.givenName, QStringLiteral("Johnny"));
        QCOMPARE(johnny.organization, QStringLiteral("Orchard Works, Inc."));
        QCOMPARE(johnny.title, QStringLiteral("Chief Tree Officer"));
        QCOMPARE(johnny.emails.size(), 2);
        QCOMPARE(johnny.emails[0].address, QStringLiteral("johnny@orchard.example"));
        QCOMPARE(johnny.emails[0].types,
            (QStringList { QStringLiteral("internet"), QStringLiteral("work"), QStringLiteral("pref") }));
        QCOMPARE(
            johnny.emails[1].types, (QStringList { QStringLiteral("internet"), QStringLiteral("home") }));
        QCOMPARE(johnny.phones.size(), 5);
        QCOMPARE(johnny.phones[0].number, QStringLiteral("+1 (408) 555-0100"));
        QCOMPARE(johnny.phones[0].types,
            (QStringList { QStringLiteral("cell"), QStringLiteral("voice"), QStringLiteral("pref") }));
        QCOMPARE(johnny.phones[1].types,
            (QStringList { QStringLiteral("iphone"), QStringLiteral("cell"), QStringLiteral("voice") }));
        QCOMPARE(johnny.phones[2].types, (QStringList { QStringLiteral("work"), QStringLiteral("voice") }));
        QCOMPARE(johnny.phones[3].types,
            (QStringList { QStringLiteral("home"), QStringLiteral("fax"), QStringLiteral("voice") }));
        QCOMPARE(johnny.phones[4].number, QStringLiteral("+1 408 555 0104")); // item1.TEL: group dropped
        QCOMPARE(johnny.phones[4].types, QStringList());
        // item2.ADR, the preferred one: the street's lines, then the extended address, one a line.
        QCOMPARE(johnny.address, QStringLiteral("1 Infinite Loop\nSuite 100\nBuilding 2"));
        QCOMPARE(johnny.city, QStringLiteral("Cupertino"));
        QCOMPARE(johnny.region, QStringLiteral("CA"));
        QCOMPARE(johnny.postalCode, QStringLiteral("95014"));
        QCOMPARE(johnny.country, QStringLiteral("United States"));
        QCOMPARE(johnny.note,
            QStringLiteral("Met at the orchard, spring 2019.\nLikes apples; hates bugs. Path: C:\\trees"));
        QCOMPARE(johnny.photo, test::fileBytes(goldenPath("iphone-photo.jpg")));
        QCOMPARE(johnny.photoType, QStringLiteral("image/jpeg"));

        const VCard& acme = parse.cards[1];
        QCOMPARE(acme.line, 39);
        QCOMPARE(acme.formattedName, QStringLiteral("Acme Corporation"));
        QVERIFY(acme.familyName.isEmpty());
        QVERIFY(acme.givenName.isEmpty());
        QCOMPARE(acme.organization, QStringLiteral("Acme Corporation"));
        QCOMPARE(acme.phones[0].types, QStringList { QStringLiteral("main") });
        QVERIFY(acme.photo.isEmpty());
    }

    void version4()
    {
        const VCardParse parse = readOk(golden("v40.vcf"), true);
        QCOMPARE(parse.warnings, QStringList());
        QCOMPARE(parse.cards.size(), 1);
        const VCard& maria = parse.cards[0];
        QCOMPARE(maria.formattedName, QStringLiteral("Dr. Maria Müller"));
        QCOMPARE(maria.familyName, QStringLiteral("Müller"));
        QCOMPARE(maria.givenName, QStringLiteral("Maria"));
        QCOMPARE(maria.organization, QStringLiteral("Müller & Söhne GmbH"));
        QCOMPARE(maria.title, QStringLiteral("Leiterin Vertrieb"));
        QCOMPARE(maria.phones.size(), 2);
        QCOMPARE(maria.phones[0].number, QStringLiteral("+49-30-1234567")); // tel: URI
        QCOMPARE(maria.phones[0].types, (QStringList { QStringLiteral("work"), QStringLiteral("voice") }));
        QCOMPARE(maria.phones[1].number, QStringLiteral("+49 170 1234567"));
        QCOMPARE(maria.phones[1].types, (QStringList { QStringLiteral("cell"), QStringLiteral("pref") }));
        QCOMPARE(maria.emails[0].address, QStringLiteral("maria.mueller@example.de"));
        QCOMPARE(maria.emails[0].types, QStringList { QStringLiteral("work") });
        // The LABEL parameter holds a quoted colon; the value starts after it.
        QCOMPARE(maria.address, QStringLiteral("Hauptstraße 5"));
        QCOMPARE(maria.city, QStringLiteral("Berlin"));
        QCOMPARE(maria.region, QString());
        QCOMPARE(maria.postalCode, QStringLiteral("10115"));
        QCOMPARE(maria.country, QStringLiteral("Deutschland"));
        QCOMPARE(maria.note, QStringLiteral("Rückruf bitte, wenn möglich\nvormittags."));
        QCOMPARE(maria.photo, test::fileBytes(goldenPath("dot.png")));
        QCOMPARE(maria.photoType, QStringLiteral("image/png"));
    }

    void typeParameterSpellings()
    {
        const QByteArray data = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:T\r\n"
                                "TEL;TYPE=CELL;TYPE=VOICE:1\r\n"
                                "TEL;TYPE=cell,voice:2\r\n"
                                "TEL;TYPE=\"cell,voice\":3\r\n"
                                "TEL;CELL;VOICE:4\r\n"
                                "TEL;type=Cell;type=cell;TYPE=\"VOICE\":5\r\n"
                                "TEL;PREF;CELL:6\r\n"
                                "TEL;VALUE=uri;PREF=1;TYPE=\"voice,cell\":tel:7\r\n"
                                "END:VCARD\r\n";
        const VCardParse parse = readOk(data);
        QCOMPARE(parse.cards[0].phones.size(), 7);
        const QStringList cellVoice { QStringLiteral("cell"), QStringLiteral("voice") };
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(parse.cards[0].phones[i].number, QString::number(i + 1));
            QCOMPARE(parse.cards[0].phones[i].types, cellVoice);
        }
        QCOMPARE(
            parse.cards[0].phones[5].types, (QStringList { QStringLiteral("cell"), QStringLiteral("pref") }));
        QCOMPARE(parse.cards[0].phones[6].number, QStringLiteral("7"));
        QCOMPARE(parse.cards[0].phones[6].types,
            (QStringList { QStringLiteral("voice"), QStringLiteral("cell"), QStringLiteral("pref") }));
    }

    void escapes()
    {
        const QByteArray data = "BEGIN:VCARD\nVERSION:3.0\n"
                                "FN:Semi\\;colon\\, comma\n"
                                "N:O\\;Brien\\,Jr;Se\\\\an;;;\n"
                                "NOTE:a\\,b\\;c\\nd\\\\e\\Nf\\x\n"
                                "ADR:;;Road 1\\; Block 2;Town\\, North;;;\n"
                                "END:VCARD\n";
        const VCard card = readOk(data).cards.value(0);
        QCOMPARE(card.formattedName, QStringLiteral("Semi;colon, comma"));
        QCOMPARE(card.familyName, QStringLiteral("O;Brien,Jr"));
        QCOMPARE(card.givenName, QStringLiteral("Se\\an"));
        QCOMPARE(card.note, QStringLiteral("a,b;c\nd\\e\nf\\x"));
        QCOMPARE(card.address, QStringLiteral("Road 1; Block 2"));
        QCOMPARE(card.city, QStringLiteral("Town, North"));
    }

    void onePreferredAddress()
    {
        const QByteArray data
            = "BEGIN:VCARD\nFN:A\nADR;TYPE=work:;;1 Work St;Worktown;;;\n"
              "ADR;TYPE=home;PREF=1:;;2 Home Rd;Hometown;;;\nADR:;;3 Other;;;;\nEND:VCARD\n";
        const VCardParse parse = readOk(data);
        QCOMPARE(parse.cards.value(0).address, QStringLiteral("2 Home Rd"));
        QCOMPARE(parse.cards.value(0).city, QStringLiteral("Hometown"));
        QCOMPARE(parse.warnings,
            (QStringList { QStringLiteral("Line 4: An earlier address was left out for this preferred one; a "
                                          "contact keeps one address."),
                QStringLiteral("Line 5: A further address was left out; a contact keeps one address.") }));
    }

    void fallbackNames()
    {
        const QByteArray data = "BEGIN:VCARD\nN:Doe;Jane;;;\nEND:VCARD\n"
                                "BEGIN:VCARD\nN:王;小明;;;\nEND:VCARD\n"
                                "BEGIN:VCARD\nN:Cher;;;;\nEND:VCARD\n"
                                "BEGIN:VCARD\nORG:Initech;IT\nEMAIL:a@b.example\nEND:VCARD\n"
                                "BEGIN:VCARD\nEMAIL:a@b.example\nEND:VCARD\n"
                                "BEGIN:VCARD\nFN:\nTEL:+1 2\nEND:VCARD\n";
        const VCardParse parse = readOk(data);
        QCOMPARE(parse.cards.size(), 6);
        QCOMPARE(parse.cards[0].formattedName, QStringLiteral("Jane Doe"));
        QCOMPARE(parse.cards[1].formattedName, QStringLiteral("王小明"));
        QCOMPARE(parse.cards[2].formattedName, QStringLiteral("Cher"));
        QCOMPARE(parse.cards[3].formattedName, QStringLiteral("Initech"));
        QCOMPARE(parse.cards[4].formattedName, QStringLiteral("a@b.example"));
        QCOMPARE(parse.cards[5].formattedName, QStringLiteral("+1 2"));
    }

    void emptyFile()
    {
        const QString none = QStringLiteral("The file holds no vCard.");
        QCOMPARE(readError(QByteArray()), none);
        QCOMPARE(readError("\r\n  \r\n"), none);
        QCOMPARE(readError("\xEF\xBB\xBF"), none);
        QCOMPARE(readError("hello world"), none);
        QCOMPARE(readError("BEGIN:VCALENDAR\nEND:VCALENDAR\n"), none);
    }

    void beginWithoutEnd()
    {
        QCOMPARE(readError("\r\n\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\n"),
            QStringLiteral("The file ends inside a vCard that began on line 3."));
        // A quoted-printable soft break just before END does not swallow it.
        const VCardParse parse = readOk("BEGIN:VCARD\nNOTE;ENCODING=QUOTED-PRINTABLE:abc=\nEND:VCARD\n");
        QCOMPARE(parse.cards.value(0).note, QStringLiteral("abc"));
    }

    void endWithoutBegin()
    {
        QCOMPARE(readError("BEGIN:VCARD\nVERSION:3.0\nFN:A\nEND:VCARD\n\nFN:stray\nEND:VCARD\n"),
            QStringLiteral("Line 7: END:VCARD without BEGIN:VCARD."));
        QCOMPARE(readError("BEGIN:VCARD\nFN:A\nbegin:vcard\nEND:VCARD\n"),
            QStringLiteral("Line 3: BEGIN:VCARD inside the vCard that began on line 1."));
    }

    void textOutsideCardsWarns()
    {
        const VCardParse parse = readOk("garbage\nBEGIN:VCARD\nFN:A\nno colon here\nEND:VCARD\nFN:after\n");
        QCOMPARE(parse.cards.size(), 1);
        QCOMPARE(parse.warnings,
            (QStringList { QStringLiteral("Line 1: Text outside a vCard was ignored."),
                QStringLiteral("Line 4: The line has no colon and was ignored."),
                QStringLiteral("Line 6: Text outside a vCard was ignored.") }));
        // Warnings stop growing: a file of rubbish gives a short list.
        QByteArray rubbish = "BEGIN:VCARD\nFN:A\nEND:VCARD\n";
        for (int i = 0; i < 5000; ++i) {
            rubbish += "x\n";
        }
        const VCardParse many = readOk(rubbish);
        QCOMPARE(many.warnings.size(), 101);
        QCOMPARE(many.warnings.last(), QStringLiteral("More warnings were left out."));
    }

    void tenMegabyteLine()
    {
        const QByteArray tooLong
            = "BEGIN:VCARD\nNOTE:" + QByteArray(VCardReader::maxLineBytes, 'a') + "\nEND:VCARD\n";
        QCOMPARE(readError(tooLong), QStringLiteral("Line 2: The line is longer than 10 MB."));
        // The limit holds for the unfolded line too.
        QByteArray folded = "BEGIN:VCARD\r\nNOTE:";
        const QByteArray chunk = ' ' + QByteArray(1024, 'b') + "\r\n";
        folded += "x\r\n";
        for (int i = 0; i < 10 * 1024 + 1; ++i) {
            folded += chunk;
        }
        folded += "END:VCARD\r\n";
        QCOMPARE(readError(folded), QStringLiteral("Line 2: The line is longer than 10 MB."));
        // Just under the limit is fine.
        const QByteArray big
            = "BEGIN:VCARD\nNOTE:" + QByteArray(VCardReader::maxLineBytes - 5, 'c') + "\nEND:VCARD\n";
        const VCardParse parse = readOk(big);
        QCOMPARE(parse.cards.value(0).note.size(), VCardReader::maxLineBytes - 5);
    }

    void lineEnds()
    {
        const QByteArray lf = "BEGIN:VCARD\nVERSION:3.0\nFN:Ann\n  Lee\nNOTE:one\\ntwo\n\tthree\nEND:VCARD\n";
        QByteArray crlf = lf;
        crlf.replace("\n", "\r\n");
        QByteArray cr = lf;
        cr.replace('\n', '\r');
        const VCardParse a = readOk(lf);
        QCOMPARE(a.cards.value(0).formattedName, QStringLiteral("Ann Lee"));
        QCOMPARE(a.cards.value(0).note, QStringLiteral("one\ntwothree"));
        QCOMPARE(describe(readOk(crlf).cards), describe(a.cards));
        QCOMPARE(describe(readOk(cr).cards), describe(a.cards));
        // No final line end; a BOM; UTF-16 from Windows.
        QCOMPARE(describe(readOk(lf.chopped(1)).cards), describe(a.cards));
        const VCardParse bom = readOk("\xEF\xBB\xBF" + crlf);
        QCOMPARE(describe(bom.cards), describe(a.cards));
        QCOMPARE(bom.cards.value(0).line, 1);
        QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        const QByteArray wide = utf16.encode(QString::fromUtf8(crlf));
        QCOMPARE(describe(readOk(wide).cards), describe(a.cards));
    }

    void base64WithoutIndent()
    {
        // Some 2.1 writers do not indent base64 lines; a blank line ends the value.
        const QByteArray png = test::fileBytes(goldenPath("dot.png"));
        const QByteArray encoded = png.toBase64();
        QByteArray data = "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:P\r\nPHOTO;ENCODING=BASE64;TYPE=PNG:\r\n";
        for (qsizetype i = 0; i < encoded.size(); i += 60) {
            data += encoded.mid(i, 60) + "\r\n";
        }
        data += "\r\nTEL:1\r\nEND:VCARD\r\n";
        const VCardParse parse = readOk(data, true);
        QCOMPARE(parse.warnings, QStringList());
        QCOMPARE(parse.cards.value(0).photo, png);
        QCOMPARE(parse.cards.value(0).phones.size(), 1);
    }

    void badPhotos()
    {
        const QByteArray data = "BEGIN:VCARD\nFN:A\nPHOTO;ENCODING=b;TYPE=JPEG:!!not base64!!\nEND:VCARD\n"
                                "BEGIN:VCARD\nFN:B\nPHOTO:data:image/jpeg;base64\nEND:VCARD\n"
                                "BEGIN:VCARD\nFN:C\nPHOTO;VALUE=URL:http://example.com/c.jpg\nEND:VCARD\n"
                                "BEGIN:VCARD\nFN:D\nPHOTO;ENCODING=b:/9j/4AAQ\nEND:VCARD\n";
        const VCardParse parse = readOk(data, true);
        QCOMPARE(parse.cards.size(), 4);
        QCOMPARE(parse.warnings,
            (QStringList { QStringLiteral("Line 3: The photo could not be decoded and was left out."),
                QStringLiteral("Line 7: The photo could not be decoded and was left out."),
                QStringLiteral("Line 11: The photo is a link; it was not downloaded.") }));
        QVERIFY(parse.cards[0].photo.isEmpty());
        QCOMPARE(parse.cards[3].photoType, QStringLiteral("image/jpeg")); // from the bytes
    }

    void writesVersion4()
    {
        QCOMPARE(VCardWriter::write({ sample() }),
            QByteArray("BEGIN:VCARD\r\n"
                       "VERSION:4.0\r\n"
                       "FN:Anna Lee\r\n"
                       "N:Lee;Anna;;;\r\n"
                       "ORG:Lee\\, Tan & Co\r\n"
                       "TITLE:CEO\r\n"
                       "TEL;TYPE=work,voice;PREF=1:+65 6123 4567\r\n"
                       "TEL:+65 9123 4567\r\n"
                       "EMAIL;TYPE=work:anna@lee.example\r\n"
                       "ADR:;;1 Raffles Pl;Singapore;;048616;Singapore\r\n"
                       "NOTE:Line 1\\nLine 2\\; done\\\\\r\n"
                       "PHOTO:data:image/png;base64,iVBORw0KGgo=\r\n"
                       "END:VCARD\r\n"));
    }

    void writesVersion3()
    {
        VCard noName;
        noName.organization = QStringLiteral("Initech");
        QCOMPARE(VCardWriter::write({ sample(), noName }, VCardWriter::Version::V3),
            QByteArray("BEGIN:VCARD\r\n"
                       "VERSION:3.0\r\n"
                       "FN:Anna Lee\r\n"
                       "N:Lee;Anna;;;\r\n"
                       "ORG:Lee\\, Tan & Co\r\n"
                       "TITLE:CEO\r\n"
                       "TEL;TYPE=WORK,VOICE,PREF:+65 6123 4567\r\n"
                       "TEL:+65 9123 4567\r\n"
                       "EMAIL;TYPE=WORK:anna@lee.example\r\n"
                       "ADR:;;1 Raffles Pl;Singapore;;048616;Singapore\r\n"
                       "NOTE:Line 1\\nLine 2\\; done\\\\\r\n"
                       "PHOTO;ENCODING=b;TYPE=PNG:iVBORw0KGgo=\r\n"
                       "END:VCARD\r\n"
                       "BEGIN:VCARD\r\n"
                       "VERSION:3.0\r\n"
                       "FN:Initech\r\n"
                       "N:;;;;\r\n"
                       "ORG:Initech\r\n"
                       "END:VCARD\r\n"));
    }

    void foldsWithoutSplittingCharacters()
    {
        VCard card;
        card.formattedName = QStringLiteral("张伟");
        card.note = QString(QStringLiteral("长备注😀é, ;\\\n")).repeated(40);
        card.photo = QByteArray(3000, '\xFF');
        const QByteArray written = VCardWriter::write({ card });
        QVERIFY(checkWrittenLines(written));
        QVERIFY(written.count('\n') > 40);
        const VCardParse parse = readOk(written, true);
        QCOMPARE(parse.cards.size(), 1);
        QCOMPARE(parse.cards[0].note, card.note.trimmed());
        QCOMPARE(parse.cards[0].photo, card.photo);
        QCOMPARE(parse.cards[0].photoType, QString());
    }

    // Line breaks are written as \n (RFC 6350 3.4, RFC 2426 4) and read back as line breaks.
    void multiLineAddressAndNoteRoundTrip_data()
    {
        QTest::addColumn<VCardWriter::Version>("version");
        QTest::newRow("4.0") << VCardWriter::Version::V4;
        QTest::newRow("3.0") << VCardWriter::Version::V3;
    }

    void multiLineAddressAndNoteRoundTrip()
    {
        QFETCH(VCardWriter::Version, version);
        VCard card;
        card.formattedName = QStringLiteral("Anna Lee");
        card.address = QStringLiteral("Unit 5, Block B\n1 Raffles Pl");
        card.city = QStringLiteral("Singapore");
        card.note = QStringLiteral("Prefers mornings.\n\nAsk for the loading bay; not the lobby.");
        const QByteArray written = VCardWriter::write({ card }, version);
        QVERIFY2(written.contains("ADR:;;Unit 5\\, Block B\\n1 Raffles Pl;Singapore;;;\r\n"), written);
        QVERIFY2(
            written.contains("NOTE:Prefers mornings.\\n\\nAsk for the loading bay\\; not the lobby.\r\n"),
            written);
        const VCard back = readOk(written).cards.value(0);
        QCOMPARE(back.address, card.address);
        QCOMPARE(back.city, card.city);
        QCOMPARE(back.note, card.note);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<VCardWriter::Version>("version");
        for (const char* file : { "android21.vcf", "iphone30.vcf", "v40.vcf" }) {
            QTest::addRow("%s v4", file) << QString::fromLatin1(file) << VCardWriter::Version::V4;
            QTest::addRow("%s v3", file) << QString::fromLatin1(file) << VCardWriter::Version::V3;
        }
    }

    void roundTrip()
    {
        QFETCH(QString, file);
        QFETCH(VCardWriter::Version, version);
        const VCardParse first = readOk(golden(file.toLatin1().constData()), true);
        QVERIFY(!first.cards.isEmpty());
        const QByteArray written = VCardWriter::write(first.cards, version);
        QVERIFY(checkWrittenLines(written));
        const VCardParse second = readOk(written, true);
        QCOMPARE(second.warnings, QStringList());
        QCOMPARE(describe(second.cards), describe(first.cards));
        // And once more: writing what was read back gives the same bytes.
        QCOMPARE(VCardWriter::write(second.cards, version), written);
    }

    void roundTripGbk()
    {
        const QByteArray data
            = "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=GBK:" + gbk(QStringLiteral("王;誠;;;"))
            + "\r\nNOTE;CHARSET=GBK:" + gbk(QStringLiteral("備注\\n第二行")) + "\r\nEND:VCARD\r\n";
        const VCardParse first = readOk(data);
        for (const auto version : { VCardWriter::Version::V3, VCardWriter::Version::V4 }) {
            const QByteArray written = VCardWriter::write(first.cards, version);
            QVERIFY(checkWrittenLines(written));
            QCOMPARE(describe(readOk(written).cards), describe(first.cards));
        }
    }

    // Not a fuzzer, but the same promise: mangled files never crash, hang or break the writer.
    void survivesMangledInput()
    {
        QList<QByteArray> seeds { golden("android21.vcf"), golden("iphone30.vcf"), golden("v40.vcf") };
        const QList<QByteArray> pieces { "\r\n", "\n", " ", "=", "=\r\n", ";", ":", "\"", "\\", ",",
            "BEGIN:VCARD\r\n", "END:VCARD\r\n", "\xE5", "\xFF", "data:", "QUOTED-PRINTABLE", "CHARSET=BIG5;",
            "ENCODING=b;" };
        QRandomGenerator random(20240611);
        for (int round = 0; round < 3000; ++round) {
            QByteArray data = seeds[random.bounded(int(seeds.size()))];
            const int edits = 1 + random.bounded(8);
            for (int edit = 0; edit < edits; ++edit) {
                const qsizetype at = random.bounded(int(data.size() + 1));
                switch (random.bounded(4)) {
                case 0:
                    data.insert(at, pieces[random.bounded(int(pieces.size()))]);
                    break;
                case 1:
                    data.remove(at, random.bounded(40));
                    break;
                case 2:
                    if (at < data.size()) {
                        data[at] = char(random.bounded(256));
                    }
                    break;
                default:
                    data.truncate(at);
                    break;
                }
            }
            const bool photos = round % 2 == 0;
            auto parse = VCardReader::read(data, photos);
            if (!parse) {
                QVERIFY(!parse.error().message.isEmpty());
                continue;
            }
            QVERIFY(!parse->cards.isEmpty());
            const QByteArray written = VCardWriter::write(
                parse->cards, round % 3 ? VCardWriter::Version::V4 : VCardWriter::Version::V3);
            QVERIFY(checkWrittenLines(written));
            auto again = VCardReader::read(written, photos);
            QVERIFY(again);
            QCOMPARE(again->cards.size(), parse->cards.size());
        }
    }

private:
    static VCard sample()
    {
        VCard card;
        card.formattedName = QStringLiteral("Anna Lee");
        card.familyName = QStringLiteral("Lee");
        card.givenName = QStringLiteral("Anna");
        card.organization = QStringLiteral("Lee, Tan & Co");
        card.title = QStringLiteral("CEO");
        card.phones = { { QStringLiteral("+65 6123 4567"),
                            { QStringLiteral("work"), QStringLiteral("voice"), QStringLiteral("pref") } },
            { QStringLiteral("+65 9123 4567"), {} } };
        card.emails = { { QStringLiteral("anna@lee.example"), { QStringLiteral("work") } } };
        card.address = QStringLiteral("1 Raffles Pl");
        card.city = QStringLiteral("Singapore");
        card.postalCode = QStringLiteral("048616");
        card.country = QStringLiteral("Singapore");
        card.note = QStringLiteral("Line 1\nLine 2; done\\");
        card.photo = QByteArray("\x89PNG\r\n\x1a\n", 8);
        card.photoType = QStringLiteral("image/png");
        return card;
    }
};

QTEST_GUILESS_MAIN(TestVCard)
#include "tst_vcard.moc"
