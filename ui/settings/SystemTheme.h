// Light or dark as the system says. Qt 6.4 takes the system's colours on
// Windows, macOS and under a Linux platform theme (KDE, GNOME with
// qgnomeplatform); a dark preference that reaches it only as GTK_THEME
// ("Adwaita:dark", how GNOME and many kiosk setups force dark) it does not
// read, so Lectern applies a dark palette itself then.
#pragma once

class QApplication;

namespace lectern {

void followSystemTheme(QApplication& application);

}  // namespace lectern
