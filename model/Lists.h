#pragma once

#include "PagedListModel.h"

namespace tandem {

// The lists the main window shows, each as SQL the paged model runs.
namespace lists {
ListSpec accounts();
ListSpec staff(); // filter by department with "s.department_id = ?"
ListSpec links();
ListSpec chainEdges();
ListSpec requests();
ListSpec handovers();
} // namespace lists

} // namespace tandem
