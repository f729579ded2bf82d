#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>

// The content-line lexer of the vCard reader: physical lines, a logical line split into its name,
// parameters and value, and how one line may continue on the next. Internal to model/io.
namespace tandem::vcard {

bool equalsNoCase(QByteArrayView text, const char* word);
bool startsWithNoCase(QByteArrayView text, const char* word);
bool containsNoCase(QByteArrayView haystack, const char* needle);

// Physical lines, without their line ends. Lines end in LF (with any CRs before it dropped); a file
// without a single LF is taken to end its lines in CR alone.
class PhysicalLines
{
public:
    explicit PhysicalLines(QByteArrayView data)
        : m_data(data)
        , m_break(data.contains('\n') ? '\n' : '\r')
    {
        locate();
    }

    bool atEnd() const { return m_pos >= m_data.size(); }
    QByteArrayView current() const { return m_data.sliced(m_pos, m_end - m_pos); }
    int number() const { return m_number; }
    void advance()
    {
        m_pos = m_next;
        ++m_number;
        locate();
    }

private:
    void locate();

    QByteArrayView m_data;
    char m_break;
    qsizetype m_pos = 0;
    qsizetype m_end = 0;
    qsizetype m_next = 0;
    int m_number = 1;
};

// One logical line, unfolded, split into its name, the parameters Tandem reads and the raw value.
struct Property
{
    int line = 0;
    QByteArray name; // uppercase, without its group
    QStringList types; // lowercase, from TYPE= and from 2.1's bare parameters
    QByteArray encoding; // uppercase
    QByteArray charset;
    QByteArray mediaType; // MEDIATYPE= (4.0)
    bool pref = false; // PREF=1 (4.0)
    QByteArrayView value;
};

// Splits "group.NAME;PARAM=x;PARAM:value". False when the line has no colon.
bool parseProperty(QByteArrayView line, Property& property);

// How the next physical line may continue the current one.
enum class Continuation
{
    Unknown, // no colon seen yet
    Plain,
    QuotedPrintable, // also "=" at the end of the line
    Base64, // 2.1: also lines without a colon, up to a blank line
};

// What the text of a logical line so far says about its continuation; `scanned` keeps the place up to
// which no colon was found, so that a long folded line is not searched again from its start.
Continuation classify(const QByteArray& line, qsizetype& scanned);

} // namespace tandem::vcard
