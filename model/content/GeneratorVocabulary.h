#pragma once

#include <QList>
#include <QStringList>

// The generator's word lists: plausible names and texts in one language. Internal to the generator.
namespace tandem::generator {

struct Vocabulary
{
    bool chinese = false;
    QStringList surnames, givenNames, cities, regions, companyWords, industries, companySuffixes,
        departmentNames, titlesTop, titlesMiddle, titlesFront, requestVerbs, requestObjects, summaries;
    // How often each surname occurs, in the order of `surnames` (any unit): a few surnames are far more
    // common than the rest, as in life.
    QList<int> surnameWeights;
    // The region each of `cities` lies in, by index.
    QList<int> cityRegions;
    // Texts of the pairs (A supplies B / B supplies A) by kind, of follow-ups, purchases and request
    // history.
    QString processAToB, processBToA, functionAToB, functionBToA, rankAToB, rankBToA, nextStep,
        purchaseDescription, delayReason, correctiveAction, waitingNote, rejectedNote, cancelledNote,
        currency;
    // Feedback for a rating of 1..5, by rating - 1.
    QStringList requesterFeedback, providerFeedback;
    // "%1 Team %2": a further team of department %1.
    QString teamName;

    static Vocabulary make(bool chinese);
};

} // namespace tandem::generator
