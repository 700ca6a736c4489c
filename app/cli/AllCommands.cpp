#include "Command.h"

namespace pardesk::cli {

CommandGroup storeCommands();
CommandGroup chartCommands();
CommandGroup printCommands();

QList<CommandGroup> allCommandGroups()
{
    return {storeCommands(), chartCommands(), printCommands()};
}

} // namespace pardesk::cli
