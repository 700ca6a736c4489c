#include "Command.h"

namespace pardesk::cli {

CommandGroup storeCommands();
CommandGroup chartCommands();
CommandGroup printCommands();
CommandGroup exchangeCommands();
CommandGroup safetyCommands();
CommandGroup certificateCommands();

QList<CommandGroup> allCommandGroups()
{
    return {storeCommands(), chartCommands(), printCommands(), exchangeCommands(), certificateCommands(), safetyCommands()};
}

} // namespace pardesk::cli
