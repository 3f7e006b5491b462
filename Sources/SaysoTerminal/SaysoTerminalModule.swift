import CNcurses
import SaysoUI

/// The only module that talks to ncurses; filled by the explorer issue.
public enum SaysoTerminalModule {}
