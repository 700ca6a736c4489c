#include "Command.h"

namespace pardesk::cli {

CommandGroup storeCommands();
CommandGroup printCommands();

QList<CommandGroup> allCommandGroups()
{
    return {storeCommands(), printCommands()};
}

} // namespace pardesk::cli
