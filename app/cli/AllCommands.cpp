#include "Command.h"

namespace pardesk::cli {

CommandGroup storeCommands();
CommandGroup chartCommands();
CommandGroup printCommands();
CommandGroup exchangeCommands();

QList<CommandGroup> allCommandGroups()
{
    return {storeCommands(), chartCommands(), printCommands(), exchangeCommands()};
}

} // namespace pardesk::cli
