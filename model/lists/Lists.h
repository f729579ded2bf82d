#pragma once

#include "ListFilter.h"
#include "PagedListModel.h"

namespace tandem {

// The lists the windows show, each as SQL the paged model runs, and the typed filter each takes.
namespace lists {
ListSpec accounts(); // AccountFilter
ListSpec staff(); // StaffFilter
ListSpec links();
ListSpec chainEdges();
ListSpec requests(); // RequestFilter
ListSpec handovers();
// Next steps not done yet that are due today or earlier, oldest first: the Today panel. FollowUpFilter
ListSpec dueFollowUps();
} // namespace lists

} // namespace tandem
