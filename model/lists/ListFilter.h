#pragma once

#include "AccountFilter.h"
#include "FollowUpFilter.h"
#include "RequestFilter.h"
#include "StaffFilter.h"

#include <variant>

namespace tandem::lists {

// The filter a window gives a list: one of the typed filters, each taken by the list named in Lists.h, or
// std::monostate for the whole list. Only model/lists turns them into SQL, so windows never write SQL text
// nor know the tables' aliases.
using ListFilter = std::variant<std::monostate, AccountFilter, StaffFilter, FollowUpFilter, RequestFilter>;

// Whether the filter leaves rows out: a typed filter with every field empty does not.
bool narrows(const ListFilter& filter);

} // namespace tandem::lists
