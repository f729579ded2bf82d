#pragma once

#include "Error.h"

#include <QList>
#include <QString>
#include <array>

namespace tandem::demo {

// One piece of demo content in both languages. A text the data leaves out is null in both.
struct Text
{
    QString en;
    QString zh;

    bool isNull() const { return en.isNull(); }
};

constexpr int none = -1;

enum Segment
{
    Loyal,
    Floating,
    Potential,
    SegmentCount
};

enum Health
{
    Healthy,
    Strained,
    Broken // late work and low ratings: the weakest edge of the chain
};

enum class Audience
{
    Colleagues,
    Customers,
    Both
};

// Two of the departing rep's accounts tell the handover story: one bought from a competitor during the
// handover and slipped from loyal to floating; nobody has contacted the other since.
enum class Story
{
    None,
    Slipping,
    Untouched
};

// A department or a colleague, by its place in the lists below.
struct PartyRef
{
    bool isDepartment = true;
    int index = none;
};

// English phone numbers: a prefix and so many random digits after it.
struct PhoneFormat
{
    QString prefix;
    int digits = 0;
};

struct DepartmentRow
{
    int parent = none;
    Text name;
    Text description;
    PhoneFormat phone; // of its colleagues, when they do not sit at the head office
    int templates = none; // whose request templates it answers with: itself, or a regional team's department
};

struct StaffRow
{
    int department = none;
    int rank = 0;
    int manager = none;
    Text name;
    QString chineseLogin; // the pinyin of the Chinese name, for the e-mail address
    Text title;
    int monthsSinceJoining = 0;
};

// rank: A is B's superior; function: peers; process: A is upstream of B. An empty side makes a pair
// one-sided.
struct LinkRow
{
    PartyRef a;
    PartyRef b;
    QString kind;
    QString pattern;
    Text aToB;
    Text bToA;
    Text notes;
    Health health = Healthy;
    int requests = 0; // how many service requests travel along it
};

struct HandoverStory
{
    int departing = none;
    int successor = none;
    int daysAgo = 0;
    Text reason;
    Text notes;
    Text introductionCall;
    Text firstVisit;
    Text firstVisitStep;
    Text competitorCall;
    Text counterOffer;
};

struct City
{
    Text name;
    Text region;
    int team = none; // the regional sales department serving it
    QString currency; // of English purchases; Chinese ones are in yuan
    QString webSuffix; // English domains; Chinese ones end in .com.cn
    PhoneFormat phone;
    PhoneFormat mobile;
    QString areaCode; // Chinese landlines
    Text street; // {number} is the house number
};

struct Product
{
    Text name;
    QString chineseMeasure;
    int priceCny = 0; // whole yuan; amounts are stored in fen
    int priceUsd = 0; // whole dollars or euros
    int maxUnits = 0; // per order, 0 for no limit
};

struct CategoryProfile
{
    QString category;
    QList<Text> decisionMakers;
    QList<int> products;
    int minUnits = 0;
    int maxUnits = 0;
    int discountPercent = 0;
};

struct AccountRow
{
    int city = 0;
    int category = 0;
    Segment segment = Potential;
    int owner = none;
    Story story = Story::None;
    Text name;
    QString englishSlug; // domain or, for a person, the mailbox
    QString chineseSlug;
};

struct SegmentChangeReason
{
    Segment from = Potential;
    Segment to = Potential;
    Text reason;
};

struct ChineseName
{
    QString hanzi;
    QString pinyin;
};

struct InteractionKind
{
    QString kind;
    QList<Text> summaries;
};

// Service groups beyond the departments: a subordinate in top management reports upward.
constexpr int reportingGroup = -2;

struct RequestTemplate
{
    int group = none; // the providing department (or reportingGroup)
    Audience audience = Audience::Colleagues;
    Text title;
    Text description;
    Text acceptance;
};

struct Delay
{
    Text reason;
    Text correctiveAction;
};

// The demo organisation's content, read from the JSON files under resources/demo, with every name that
// one record gives another (a department's parent, an account's owner) turned into a place in a list.
struct DemoData
{
    Text companyDomain;
    PhoneFormat headOfficePhone;
    QList<DepartmentRow> departments;
    QList<StaffRow> staff;
    QList<LinkRow> links;
    HandoverStory handover;

    QList<City> cities;
    QList<Product> products;
    QList<CategoryProfile> categories;
    QList<AccountRow> accounts;
    QList<Text> competitors;
    QList<Text> sources;
    std::array<QList<Text>, SegmentCount> accountNotes;
    std::array<Text, SegmentCount> handoverBriefings;
    QList<SegmentChangeReason> segmentReasons;

    QList<ChineseName> chineseSurnames;
    QList<ChineseName> chineseGivenNames;
    QStringList englishFirstNames;
    QStringList englishLastNames;
    QStringList chineseMobilePrefixes;
    QList<Text> contactTitles;
    QList<Text> contactNotes;
    QList<InteractionKind> interactionKinds;
    // By segment, a weight for each kind: loyal customers get visits and gifts, prospects calls and mail.
    std::array<QList<int>, SegmentCount> interactionWeights;
    QList<Text> nextSteps;

    int reportsUpwardFrom = none; // the department whose colleagues report upward in a rank pair
    int customerRequests = 0;
    int customerService = none;
    int outsidePairRequests = 0; // department heads asking a service outside any recorded pair
    QList<int> outsidePairRequesters;
    QList<int> outsidePairProviders;
    int outsidePairFallback = none;
    QList<RequestTemplate> requestTemplates;
    QList<Text> requesterFeedback; // by rating, 1 to 5
    QList<Text> providerFeedback;
    QList<Delay> delays;
    Text waitingNote;
    Text rejectedNote;
    Text cancelledNote;

    // Reads the files embedded in tandem_model (":/demo/…").
    static Result<DemoData> load();
};

} // namespace tandem::demo
