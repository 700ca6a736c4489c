#include "Command.h"

namespace pardesk::cli {

CommandGroup storeCommands();
CommandGroup chartCommands();
CommandGroup printCommands();
CommandGroup exchangeCommands();
CommandGroup safetyCommands();
CommandGroup certificateCommands();
CommandGroup assessmentCommands();
CommandGroup copyCommands();
CommandGroup serverCommands();

QList<CommandGroup> allCommandGroups()
{
    return {storeCommands(), chartCommands(), printCommands(), exchangeCommands(), certificateCommands(),
            assessmentCommands(), safetyCommands(), copyCommands(), serverCommands()};
}

} // namespace pardesk::cli
