#include "Command.h"

namespace pardesk::cli {

CommandGroup storeCommands();
CommandGroup safetyCommands();

QList<CommandGroup> allCommandGroups()
{
    return {storeCommands(), safetyCommands()};
}

} // namespace pardesk::cli
