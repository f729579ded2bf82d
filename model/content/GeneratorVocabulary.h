#pragma once

#include <QStringList>

// The generator's word lists: plausible names in the database's own language. Internal to Generator.cpp.
namespace tandem::generator {

struct Vocabulary
{
    bool chinese = false;
    QStringList surnames, givenNames, cities, regions, companyWords, industries, companySuffixes,
        departmentNames, titlesTop, titlesMiddle, titlesFront, requestVerbs, requestObjects, summaries;

    static Vocabulary make(bool chinese);
};

} // namespace tandem::generator
