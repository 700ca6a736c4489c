#include "Command.h"

namespace pardesk::cli {

CommandGroup storeCommands();
CommandGroup chartCommands();

QList<CommandGroup> allCommandGroups()
{
    return {storeCommands(), chartCommands()};
}

} // namespace pardesk::cli
