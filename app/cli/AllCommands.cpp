#include "Command.h"

namespace pardesk::cli {

CommandGroup storeCommands();
CommandGroup exchangeCommands();

QList<CommandGroup> allCommandGroups()
{
    return {storeCommands(), exchangeCommands()};
}

} // namespace pardesk::cli
