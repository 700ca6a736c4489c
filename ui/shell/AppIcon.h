#pragma once

#include <QIcon>

namespace pardesk {

// ParDesk's own icon (resources/icons), in every drawn size.
QIcon applicationIcon();

// Makes it the icon of every window and dialog of the application (print previews included), unless
// one is set already.
void installApplicationIcon();

} // namespace pardesk
