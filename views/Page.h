#pragma once

namespace tandem {

// The main window's pages, in the sidebar's order; each is also reached by Ctrl+1 ... Ctrl+7. Pages and
// dialogs that send the user to another page name it here, without knowing the main window.
struct Page
{
    enum Id
    {
        Dashboard,
        Organization,
        Relationships,
        ChainMap,
        Accounts,
        Requests,
        Handovers,
        Count
    };
};

} // namespace tandem
