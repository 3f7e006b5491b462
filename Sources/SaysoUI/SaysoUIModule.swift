import SaysoCore

/// App state, commands, key map, reducer and views (pure, no terminal) land here with the explorer.
public enum SaysoUIModule {}
