#include "Command.h"

namespace pardesk::cli {

CommandGroup storeCommands();
CommandGroup chartCommands();
CommandGroup printCommands();
CommandGroup exchangeCommands();
CommandGroup safetyCommands();

QList<CommandGroup> allCommandGroups()
{
    return {storeCommands(), chartCommands(), printCommands(), exchangeCommands(), safetyCommands()};
}

} // namespace pardesk::cli
