import CNcurses
import Foundation
import SaysoUI

/// The terminal, through ncursesw: the only code that draws or reads keys. Opens in the alternate
/// screen with keys, mouse and colours set up, draws grids by copying the cells that changed, and
/// restores everything on every way out (`close`, signals, crashes).
public final class Terminal {
  public private(set) var rows: Int = 0
  public private(set) var cols: Int = 0
  private var screen: OpaquePointer?
  private var previous: Grid?
  private var palette = Palette(color: false)
  private var isOpen = false

  public struct OpenError: Error, CustomStringConvertible {
    public var description: String
  }

  /// Opens the terminal. `color` false (or NO_COLOR in the environment) draws in monochrome.
  public init(color: Bool, speakerColors: [Int]? = nil, roleColors: [String: [Int]] = [:]) throws {
    guard cn_stdin_is_tty() != 0, cn_stdout_is_tty() != 0 else {
      throw OpenError(description: "the explorer needs a terminal; for text output use `sayso quotes FILE`")
    }
    if setlocale(LC_ALL, "") == nil || !Terminal.localeIsUTF8() { setlocale(LC_CTYPE, "C.UTF-8") }
    cn_unblock_terminal_signals()
    let term = ProcessInfo.processInfo.environment["TERM"] ?? "xterm-256color"
    screen = cn_newterm(term) ?? cn_newterm("xterm-256color")
    guard screen != nil else {
      throw OpenError(
        description: "TERM=\(term) is not a terminal type this system knows; try TERM=xterm-256color")
    }
    isOpen = true
    cn_install_signal_handlers()
    cn_install_crash_restore()
    cbreak()
    cn_disable_flow_control()
    noecho()
    nonl()
    keypad(cn_stdscr(), true)
    set_escdelay(25)
    curs_set(0)
    setReadTimeout(milliseconds: Terminal.idleReadTimeout)
    mousemask(cn_ALL_MOUSE_EVENTS(), nil)
    mouseinterval(0)
    palette = Palette(color: color && has_colors(), speakers: speakerColors, roles: roleColors)
    palette.start()
    rows = Int(getmaxy(cn_stdscr()))
    cols = Int(getmaxx(cn_stdscr()))
  }

  deinit { close() }

  /// Reads wait at most this long, so that signals and a hung-up terminal are seen promptly.
  public static let idleReadTimeout = 200

  public func setReadTimeout(milliseconds: Int) { wtimeout(cn_stdscr(), Int32(milliseconds)) }

  /// Leaves curses mode: cursor, echo, line mode and the normal screen back.
  public func close() {
    guard isOpen else { return }
    isOpen = false
    endwin()
    if let screen { delscreen(screen) }
    screen = nil
  }

  /// The signal (SIGINT, SIGTERM, SIGHUP) that asked Sayso to stop, if any.
  public var pendingSignal: Int32? {
    let signal = cn_pending_signal()
    return signal == 0 ? nil : signal
  }

  /// Draws a grid: only the cells that differ from the last grid drawn are sent.
  public func draw(_ grid: Grid) {
    if grid.needsFullRedraw(since: previous) { werase(cn_stdscr()) }
    grid.forEachChange(since: previous) { row, col, cell in
      put(grid.text(of: cell), cell.style, row: row, col: col)
    }
    previous = grid
    wnoutrefresh(cn_stdscr())
    doupdate()
  }

  /// True when the terminal has hung up or closed our input: without this check a read that fails
  /// at once would spin the loop at full CPU after the window is gone.
  public var isGone: Bool {
    var descriptor = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
    guard poll(&descriptor, 1, 0) >= 0 else { return true }
    return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
  }

  /// Gives the terminal back to another program (the editor) for a while.
  func suspend() {
    def_prog_mode()
    endwin()
  }

  /// Takes the terminal again after `suspend`, repainting everything.
  func resume() {
    reset_prog_mode()
    previous = nil
    rows = Int(getmaxy(cn_stdscr()))
    cols = Int(getmaxx(cn_stdscr()))
  }

  /// Forgets what is on screen, so the next draw repaints everything (after a resize).
  public func invalidate() { previous = nil }

  private func put(_ text: String, _ style: Style, row: Int, col: Int) {
    // The grid never holds controls; this is the last line of defence against writing one raw.
    var chars = text.unicodeScalars.prefix(5).map { scalar in
      let value = scalar.value
      return wchar_t(bitPattern: value < 0x20 || (0x7F..<0xA0).contains(value) ? 0xFFFD : value)
    }
    if chars.isEmpty { chars = [wchar_t(32)] }
    let (attributes, pair) = palette.attributes(for: style)
    _ = chars.withUnsafeBufferPointer { buffer in
      cn_put(Int32(row), Int32(col), buffer.baseAddress, Int32(buffer.count), attributes, pair)
    }
  }

  /// The next key or event; nil when nothing came within the read timeout.
  public func read() -> Key? {
    var value: wint_t = 0
    let result = wget_wch(cn_stdscr(), &value)
    if result == ERR { return nil }
    if result == KEY_CODE_YES {
      let code = Int32(value)
      if code == KEY_RESIZE {
        rows = Int(getmaxy(cn_stdscr()))
        cols = Int(getmaxx(cn_stdscr()))
        previous = nil
        return .resize
      }
      if code == KEY_MOUSE { return readMouse() }
      return KeyDecoder.special(code)
    }
    return KeyDecoder.character(UInt32(value))
  }

  private func readMouse() -> Key? {
    var event = MEVENT()
    guard getmouse(&event) == OK else { return nil }
    let state = event.bstate
    let kind: MouseEvent.Kind
    if state & cn_BUTTON4_PRESSED() != 0 {
      kind = .wheelUp
    } else if state & cn_BUTTON5_PRESSED() != 0 {
      kind = .wheelDown
    } else if state & cn_REPORT_MOUSE_POSITION() != 0 {
      // Motion (with the button held, in the any-event mode that REPORT_MOUSE_POSITION turns on).
      kind = .drag
    } else if state & cn_BUTTON1_DOUBLE_CLICKED() != 0 {
      kind = .doubleClick
    } else if state & (cn_BUTTON1_PRESSED() | cn_BUTTON1_CLICKED()) != 0 {
      kind = .click
    } else if state & cn_BUTTON1_RELEASED() != 0 {
      kind = .release
    } else {
      return nil
    }
    return .mouse(MouseEvent(kind: kind, row: Int(event.y), col: Int(event.x)))
  }

  private static func localeIsUTF8() -> Bool {
    guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
    let name = String(cString: codeset).uppercased()
    return name == "UTF-8" || name == "UTF8"
  }
}
