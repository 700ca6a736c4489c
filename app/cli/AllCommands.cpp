#include "Command.h"

namespace pardesk::cli {

CommandGroup storeCommands();

QList<CommandGroup> allCommandGroups()
{
    return {storeCommands()};
}

} // namespace pardesk::cli
