"""Qt's item data roles as the plain numbers Qt passes them. Before the window's first paint Relnote
names nothing of Qt's `Qt` namespace: the first use of any of it builds the Python enums of the whole
namespace (93 of them, about 30 ms), which can wait until the window is on screen."""

DISPLAY_ROLE = 0  # Qt.ItemDataRole.DisplayRole
TOOL_TIP_ROLE = 3  # Qt.ItemDataRole.ToolTipRole
USER_ROLE = 0x0100  # Qt.ItemDataRole.UserRole
